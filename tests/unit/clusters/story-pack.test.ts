import { describe, expect, it } from 'vitest';
import { createStoryIndex, toStoryDoc, type StoryDoc } from '../../../utils/clusters';
import { createStoryClient } from '../../../utils/clusters/story-client';
import { packDocs, unpackDocs } from '../../../utils/clusters/story-pack';
import type { StoryReply, StoryRequest } from '../../../utils/clusters/worker-protocol';
import labelled from '../../fixtures/stories/labelled.json';

const docs: StoryDoc[] = [
  {
    url: 'https://a.example/1',
    title: 'OpenAI 发布 GPT-5',
    summary: '快速阅读:OpenAI 发布 GPT-5,😀 表情与𠀀扩展字',
    keywords: ['GPT-5', 'OpenAI', ''],
    publishedAt: '2025-08-07',
    savedAt: '2025-08-07T12:00:00.000Z',
  },
  {
    url: 'https://b.example/2',
    title: '',
    summary: null,
    keywords: [],
    publishedAt: null,
    savedAt: '2025-08-08T12:00:00.000Z',
  },
  {
    url: 'https://c.example/3',
    title: 'Kimi K2',
    summary: '',
    keywords: ['开源'],
    publishedAt: '2025-07-11',
    savedAt: '2025-07-12T08:00:00.000Z',
  },
];

describe('articles packed for the story worker', () => {
  it('come back field for field: empty texts, missing summary and date, no keywords, surrogate pairs', () => {
    const packed = packDocs(docs);
    expect(packed.keywordCounts).toEqual(new Uint16Array([3, 0, 1]));
    expect(unpackDocs(packed)).toEqual(docs);
  });

  it('carry only what clustering reads of a bigger record', () => {
    const card = { ...docs[0]!, bodyText: 'a long body', highlights: [{ id: 'h1' }], note: 'n' };
    expect(unpackDocs(packDocs([card]))).toEqual([toStoryDoc(card)]);
    expect(packDocs([card]).texts).not.toContain('a long body');
  });

  it('make the same stories as the articles themselves (labelled set)', () => {
    const all: StoryDoc[] = labelled.articles.map((a) => ({
      url: a.url,
      title: a.title,
      summary: a.summary,
      keywords: a.keywords,
      publishedAt: a.publishedAt,
      savedAt: `${a.publishedAt}T12:00:00.000Z`,
    }));
    const direct = createStoryIndex(all).stories();
    expect(direct.length).toBeGreaterThan(0);
    expect(createStoryIndex(unpackDocs(packDocs(all))).stories()).toEqual(direct);
  });

  it('reach the worker packed, with the keyword counts handed over rather than copied', async () => {
    const sent: { request: StoryRequest; moved: Transferable[] }[] = [];
    const worker = {
      onmessage: null as ((e: MessageEvent<StoryReply>) => void) | null,
      postMessage(request: StoryRequest, moved: Transferable[]) {
        sent.push({ request, moved });
        const reply: StoryReply = { id: request.id, stories: [], ms: 0 };
        queueMicrotask(() => this.onmessage?.({ data: reply } as MessageEvent<StoryReply>));
      },
      terminate() {},
    };
    const client = createStoryClient(worker as unknown as Worker);
    await client.rebuild(docs);
    await client.remove(['https://a.example/1']);
    const [rebuild, remove] = sent;
    expect(rebuild!.request.type).toBe('rebuild');
    if (rebuild!.request.type !== 'rebuild') throw new Error('not a rebuild');
    expect(rebuild!.moved).toEqual([rebuild!.request.docs.keywordCounts.buffer]);
    expect(unpackDocs(rebuild!.request.docs)).toEqual(docs);
    expect(remove!.request).toMatchObject({ type: 'remove', urls: ['https://a.example/1'] });
    expect(remove!.moved).toEqual([]);
  });
});
