import type { SavedArticle } from '../schemas';
import type { IDBPObjectStore } from 'idb';
import { BODY_INDEX_STORES } from './schema';
import type {
  AnnotatorSchema,
  ArticleBody,
  ArticleHead,
  QueuedBody,
  StoreName,
  WritableStore,
} from './schema';

/*
 * A saved article lives in two stores: its head (everything but the body) in `articles`, its body
 * text in `bodies`. Lists read heads only; this module is where the two are split and joined.
 */

/**
 * The stores a transaction names to read or write whole articles: the article's two, and the
 * kept body index's (a changed body is queued for it; clearing the articles clears it).
 */
export const ARTICLE_STORES = ['articles', 'bodies', ...BODY_INDEX_STORES] as const;

/**
 * An article's searchable text changed (its body, its head's fields, or its highlights): the
 * search index reads it again (`body-index.ts`).
 */
export const queued = (url: string): QueuedBody => ({ url, token: Math.random() });

type ReadStore<N extends StoreName> = IDBPObjectStore<
  AnnotatorSchema,
  ArrayLike<StoreName>,
  N,
  'readonly' | 'readwrite'
>;

/**
 * Make the requests of one change in order, all awaited together. A request the browser refuses
 * at once (a full disk, an aborted transaction) throws before the later ones are made; those made
 * already then fail with the transaction, which reports the error: they are kept from rejecting
 * unheard.
 */
function together(...make: (() => Promise<unknown>)[]): Promise<unknown> {
  const made: Promise<unknown>[] = [];
  for (const request of make) {
    const promise = request();
    promise.catch(() => undefined);
    made.push(promise);
  }
  return Promise.all(made);
}

/** A saved article's head: the article without its body. */
export function headOf(article: SavedArticle): ArticleHead {
  const { bodyText: _body, ...head } = article;
  return head;
}

/** A whole saved article from its head and body (a missing body reads as empty). */
export function joinArticle(head: ArticleHead, body: ArticleBody | undefined): SavedArticle {
  return { ...head, bodyText: body?.text ?? '' };
}

/** Reading whole articles. */
export function articleReader(stores: {
  articles: ReadStore<'articles'>;
  bodies: ReadStore<'bodies'>;
}) {
  return {
    async get(url: string): Promise<SavedArticle | undefined> {
      const [head, body] = (await together(
        () => stores.articles.get(url),
        () => stores.bodies.get(url),
      )) as [ArticleHead | undefined, ArticleBody | undefined];
      return head && joinArticle(head, body);
    },
    /** Every saved article, by url. */
    async getAll(): Promise<SavedArticle[]> {
      const [heads, bodies] = (await together(
        () => stores.articles.getAll(),
        () => stores.bodies.getAll(),
      )) as [ArticleHead[], ArticleBody[]];
      const byUrl = new Map(bodies.map((b) => [b.url, b]));
      return heads.map((h) => joinArticle(h, byUrl.get(h.url)));
    },
  };
}

type WriteStores = { [N in (typeof ARTICLE_STORES)[number]]: WritableStore<N> };

/** Reading and writing whole articles in a read-write transaction. */
export function articleWriter(stores: WriteStores) {
  return {
    ...articleReader(stores),
    /** The heads alone: for changes that leave the body as it is (note, tags, dates). */
    heads: {
      get: (url: string) => stores.articles.get(url),
      put: (head: ArticleHead) =>
        together(
          () => stores.articles.put(head),
          () => stores.searchQueue.put(queued(head.url)),
        ),
    },
    /** The article's highlights changed: its searchable text is read again. */
    queue: (url: string) => stores.searchQueue.put(queued(url)),
    /** Store a whole article: its head and its body. */
    put(article: SavedArticle): Promise<unknown> {
      return together(
        () => stores.articles.put(headOf(article)),
        () => stores.bodies.put({ url: article.url, text: article.bodyText }),
        () => stores.searchQueue.put(queued(article.url)),
      );
    },
    delete(url: string): Promise<unknown> {
      return together(
        () => stores.articles.delete(url),
        () => stores.bodies.delete(url),
        () => stores.searchQueue.put(queued(url)),
      );
    },
    clear(): Promise<unknown> {
      return together(
        () => stores.articles.clear(),
        () => stores.bodies.clear(),
        () => stores.bodyGrams.clear(),
        () => stores.bodySegments.clear(),
        () => stores.bodyDead.clear(),
        () => stores.searchDocs.clear(),
        () => stores.searchQueue.clear(),
      );
    },
  };
}

export type ArticleWriter = ReturnType<typeof articleWriter>;

/** The two article stores of a read-write transaction that names `ARTICLE_STORES`. */
export function writerOf(tx: {
  objectStore<N extends (typeof ARTICLE_STORES)[number]>(name: N): WritableStore<N>;
}): ArticleWriter {
  const store = <N extends (typeof ARTICLE_STORES)[number]>(name: N) => tx.objectStore(name);
  return articleWriter({
    articles: store('articles'),
    bodies: store('bodies'),
    bodyGrams: store('bodyGrams'),
    bodySegments: store('bodySegments'),
    bodyDead: store('bodyDead'),
    searchDocs: store('searchDocs'),
    searchQueue: store('searchQueue'),
  });
}

/** The two article stores of a transaction that names `ARTICLE_STORES`. */
export function readerOf(tx: {
  objectStore<N extends (typeof ARTICLE_STORES)[number]>(name: N): ReadStore<N>;
}) {
  return articleReader({ articles: tx.objectStore('articles'), bodies: tx.objectStore('bodies') });
}
