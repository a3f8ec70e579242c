import { describe, expect, it } from 'vitest';
import {
  SAME_STORY,
  STORY_WINDOW_DAYS,
  createStoryIndex,
  storyOf,
  storyText,
  type StoryDoc,
} from '../../../utils/clusters';
import { jaccard, shingles, storyRuns } from '../../../utils/clusters/shingles';
import fixtures from '../../fixtures/stories/articles.json';

type Fixture = (typeof fixtures.articles)[number];
const docOf = (a: Fixture): StoryDoc => ({
  url: a.url,
  title: a.title,
  summary: a.summary,
  keywords: a.keywords,
  publishedAt: a.publishedAt,
  savedAt: `${a.publishedAt}T12:00:00.000Z`,
});
const docs = fixtures.articles.map(docOf);
const storyLabel = new Map(fixtures.articles.map((a) => [a.url, a.story]));
const DAY = 86_400_000;

/** Every pair of fixtures with its similarity, whether it is one story, and whether it is close in time. */
function pairs() {
  const out: { a: Fixture; b: Fixture; similarity: number; same: boolean; near: boolean }[] = [];
  const all = fixtures.articles;
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      out.push({
        a,
        b,
        similarity: jaccard(shingles(storyText(a)), shingles(storyText(b))),
        same: a.story === b.story,
        near:
          Math.abs(Date.parse(a.publishedAt) - Date.parse(b.publishedAt)) <=
          STORY_WINDOW_DAYS * DAY,
      });
    }
  }
  return out;
}

describe('story clusters on the fixtures', () => {
  it('the threshold separates same-story pairs from other stories told at the same time', () => {
    const all = pairs();
    const same = all.filter((p) => p.same).map((p) => p.similarity);
    const others = all.filter((p) => !p.same && p.near).map((p) => p.similarity);
    console.info(
      `same story: min ${Math.min(...same).toFixed(3)}; other stories within ${STORY_WINDOW_DAYS} days: max ${Math.max(...others).toFixed(3)}; threshold ${SAME_STORY}`,
    );
    expect(same.length).toBeGreaterThanOrEqual(6);
    expect(Math.min(...same)).toBeGreaterThanOrEqual(SAME_STORY);
    expect(Math.max(...others)).toBeLessThan(SAME_STORY);
  });

  it('groups each story told by two or more sites, and nothing else (false-merge check)', () => {
    const index = createStoryIndex(docs);
    const stories = index.stories();
    const expected = new Map<string, string[]>();
    for (const a of fixtures.articles)
      expected.set(a.story, [...(expected.get(a.story) ?? []), a.url]);
    const multi = [...expected.values()].filter((urls) => urls.length > 1);
    expect(stories).toHaveLength(multi.length);
    for (const story of stories) {
      const labels = new Set(story.urls.map((u) => storyLabel.get(u)));
      expect(labels.size).toBe(1); // no false merge
      expect(story.urls.sort()).toEqual([...expected.get([...labels][0]!)!].sort());
    }
  });

  it('keeps a later release of the same product apart: it is outside the time window', () => {
    const later = fixtures.articles.find((a) => a.story === 'orion-3')!;
    const first = fixtures.articles.find((a) => a.story === 'orion-release')!;
    expect(jaccard(shingles(storyText(later)), shingles(storyText(first)))).toBeGreaterThan(
      SAME_STORY,
    );
    expect(createStoryIndex(docs).storyOf(later.url)).toBeNull();
    // Positive control: the same two articles published a day apart are one story.
    const close = createStoryIndex([docOf(first), { ...docOf(later), publishedAt: '2025-03-05' }]);
    expect(close.storyOf(later.url)?.urls).toHaveLength(2);
  });

  it('gives earliest and latest coverage and the other articles of a story', () => {
    const index = createStoryIndex(docs);
    const url = 'https://site-b.example.org/news/88123';
    const found = storyOf(index, url);
    expect(found?.story.earliest).toBe('2025-03-04');
    expect(found?.story.latest).toBe('2025-03-05');
    expect(found?.story.urls[0]).toBe('https://site-a.example.com/2025/03/04/orion-2');
    expect(found?.others).toHaveLength(2);
    expect(found?.others).not.toContain(url);
    expect(storyOf(index.stories(), url)?.others).toEqual(found?.others);
    expect(storyOf(index, 'https://site-a.example.com/2025/03/06/beichen-7b')).toBeNull();
    expect(storyOf(index, 'https://not-saved.example.com/')).toBeNull();
  });
});

describe('the story index as articles come and go', () => {
  it('adding articles one by one ends with the same stories as building at once', () => {
    const one = createStoryIndex();
    for (const doc of [...docs].reverse()) one.add([doc]);
    expect(one.stories()).toEqual(createStoryIndex(docs).stories());
  });

  it('splits a story when the article joining it is deleted, and updates a changed article', () => {
    const [a, b, c] = docs.filter((d) => storyLabel.get(d.url) === 'orion-release');
    const index = createStoryIndex([a!, b!, c!]);
    expect(index.storyOf(a!.url)?.urls).toHaveLength(3);
    index.remove([b!.url]);
    expect(index.has(b!.url)).toBe(false);
    expect(index.storyOf(a!.url)?.urls.length ?? 1).toBeLessThanOrEqual(2);
    index.remove([c!.url]);
    expect(index.storyOf(a!.url)).toBeNull();
    index.add([{ ...b!, title: 'Something else entirely', summary: null, keywords: [] }]);
    expect(index.storyOf(a!.url)).toBeNull();
    index.add([b!]);
    expect(index.storyOf(a!.url)?.urls).toHaveLength(2);
  });

  it('reads CJK and full-width text the same way', () => {
    expect(storyRuns('GPT5模型发布，ＡＩ Orion-2')).toEqual([
      'gpt5',
      '模型发布',
      'ai',
      'orion',
      '2',
    ]);
    expect(jaccard(shingles('ＯｐｅｎＡＩ发布新模型'), shingles('OpenAI 发布新模型'))).toBe(1);
    expect(jaccard(shingles('星河实验室'), shingles('擎天科技'))).toBe(0);
  });
});
