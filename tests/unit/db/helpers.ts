import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Article, Highlight, RelatedLink } from '../../../utils/schemas';
import { DB_NAME, openDb, type Db } from '../../../utils/db';

/** An ISO timestamp `minutes` after a fixed instant, so tests never read the clock. */
export function at(minutes: number): string {
  return new Date(Date.UTC(2025, 0, 15, 8, 0) + minutes * 60_000).toISOString();
}

export function related(n: number, overrides: Partial<RelatedLink> = {}): RelatedLink {
  return {
    title: `相关文章 ${n}`,
    url: `https://news.example.com/related/${n}`,
    summary: `第 ${n} 篇的快速阅读`,
    publishedAt: '2025-01-10',
    ...overrides,
  };
}

export function article(n: number, overrides: Partial<Article> = {}): Article {
  return {
    url: `https://news.example.com/articles/${n}`,
    format: 'quickread',
    title: `AI 新闻 ${n}`,
    publishedAt: '2025-01-14T09:30',
    source: '科技日报',
    summary: `快速阅读 ${n}`,
    keywords: ['大模型', '开源'],
    aiGenerated: true,
    bodyText: `正文 ${n}。大模型正在改变新闻的写法。`,
    related: [],
    ...overrides,
  };
}

export function highlight(id: string, overrides: Partial<Highlight> = {}): Highlight {
  return {
    id,
    text: `passage ${id}`,
    note: '',
    color: 'yellow',
    createdAt: at(1),
    updatedAt: at(1),
    selector: { exact: `passage ${id}`, prefix: 'before ', suffix: ' after', start: 10, end: 20 },
    ...overrides,
  };
}

/** Bodies for search tests: names, a traditional spelling, a version with a dash, CJK runs. */
export const SEARCH_BODIES = [
  '英伟达的黄仁勋在大会上发布了新的芯片。',
  '台積電擴大先進製程的產能。',
  '开源大模型在端侧部署的轻量高效方案。',
  'OpenAI 发布 GPT-5，颠覆世界的创新者。',
];

/** Each test gets its own in-memory IndexedDB, so tests never see each other's data. */
export async function freshDb(): Promise<{ db: Db; factory: IDBFactory }> {
  const factory = new IDBFactory();
  return { db: await openDb(DB_NAME, factory), factory };
}

/** Resolves once `promise` settles, with its outcome, so a test can assert on a rejection. */
export async function outcome<T>(promise: Promise<T>): Promise<{ ok: T } | { error: unknown }> {
  try {
    return { ok: await promise };
  } catch (error) {
    return { error };
  }
}

/** Keyed description of every store and index, to compare schemas. */
export function describeSchema(db: IDBDatabase) {
  const tx = db.transaction([...db.objectStoreNames], 'readonly');
  return [...db.objectStoreNames].map((name) => {
    const store = tx.objectStore(name);
    return {
      name,
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes: [...store.indexNames].map((indexName) => {
        const index = store.index(indexName);
        return {
          name: indexName,
          keyPath: index.keyPath,
          unique: index.unique,
          multiEntry: index.multiEntry,
        };
      }),
    };
  });
}
