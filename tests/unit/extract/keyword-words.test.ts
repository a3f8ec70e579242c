// Run-together keywords (`关键词： 14Ai挖走离职骨干`): the page side finds the text, the extension's
// side splits it into words. The first word segmenter in a renderer costs 45–85 ms (the engine
// lists every locale it has), so recognizing a page must never build one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractArticle, recognizeArticle } from '@/utils/extract';
import { articleKeywords, findKeywords, wordKeywords } from '@/utils/extract/keywords';
import { articleOfAnswer } from '@/utils/background/page-answer';
import { MAX_KEYWORDS_LINE_CHARS } from '@/utils/limits';
import { parseHtml, readFixture } from './dom';

const WORDS = ['14Ai', '挖走', '离职', '骨干'];
const FLAT = { file: 'pages/quickread-flat.html', url: 'https://news.example.com/articles/1.html' };
/** A generic article whose only keywords are a run-together `<meta name="keywords">`. */
const META_PAGE = `<!doctype html><html lang="zh"><head><title>Title</title>
<meta property="og:type" content="article"><meta name="keywords" content="14Ai挖走离职骨干">
</head><body><article><h1>苹果AI团队大将被挖走</h1><p>${'正文内容。'.repeat(40)}</p></article></body></html>`;

/** Counts the word segmenters built while `f` runs. */
function segmentersBuilt(f: () => void): number {
  const real = Intl.Segmenter;
  let built = 0;
  const spy = vi.spyOn(Intl, 'Segmenter').mockImplementation(function (
    ...args: ConstructorParameters<typeof Intl.Segmenter>
  ) {
    built++;
    return new real(...args);
  } as unknown as typeof Intl.Segmenter);
  try {
    f();
  } finally {
    spy.mockRestore();
  }
  return built;
}

afterEach(() => vi.restoreAllMocks());

describe('a keywords line is found on the page and split into words off it', () => {
  it('finds run-together text as text, everything else as a list', () => {
    expect(findKeywords(' 14Ai挖走离职骨干 ')).toEqual({ runTogether: '14Ai挖走离职骨干' });
    expect(findKeywords('苹果 AI')).toEqual(['苹果', 'AI']);
    expect(findKeywords('人工智能')).toEqual(['人工智能']);
    expect(articleKeywords({ runTogether: 'x' })).toEqual({ keywords: [], keywordsText: 'x' });
    expect(articleKeywords(['a'])).toEqual({ keywords: ['a'], keywordsText: null });
    expect(wordKeywords('14Ai挖走离职骨干')).toEqual(WORDS);
  });

  it.each([
    ['the quick-read label', () => parseHtml(readFixture(FLAT.file)), FLAT.url],
    ['a run-together <meta name="keywords">', () => parseHtml(META_PAGE), 'https://x.example/a'],
  ])('%s: recognizing builds no segmenter; extracting whole does', (_name, doc, url) => {
    let recognized: ReturnType<typeof recognizeArticle> | null = null;
    expect(segmentersBuilt(() => (recognized = recognizeArticle(doc(), url)))).toBe(0);
    expect(recognized!.article!.keywords).toEqual([]);
    expect(recognized!.keywordsText).toBe('14Ai挖走离职骨干');
    // Positive control: the same page extracted whole builds one and has the words.
    let whole: ReturnType<typeof extractArticle> = null;
    expect(segmentersBuilt(() => (whole = extractArticle(doc(), url)))).toBeGreaterThan(0);
    expect(whole!.keywords).toEqual(WORDS);
    expect({ ...recognized!.article, keywords: WORDS }).toEqual(whole);
  });

  it('tag links stay the keywords as they are, with no text left to split', () => {
    const doc = parseHtml(readFixture('pages/quickread-wordpress.html'));
    const found = recognizeArticle(doc, 'https://news.example.com/2025/07/apple-ai/');
    expect(found.article!.keywords).toEqual(['14', 'Ai', '挖走', '离职', '骨干']);
    expect(found.keywordsText).toBeNull();
  });
});

describe('the background splits the page’s keywords text', () => {
  const article = { url: 'https://x.example/a', title: 'T', keywords: [] as string[] };

  it('gives the article with the words', () => {
    const answer = { article, keywordsText: '14Ai挖走离职骨干' };
    expect(articleOfAnswer(answer)).toEqual({ ...article, keywords: WORDS });
  });

  it('leaves an answer without text as it is', () => {
    const tagged = { ...article, keywords: ['a'] };
    expect(articleOfAnswer({ article: tagged })).toBe(tagged);
    expect(articleOfAnswer({ article: null, keywordsText: '14Ai挖走离职骨干' })).toBeNull();
  });

  it('takes nothing but a string from a hostile page, and at most one line’s worth', () => {
    const tagged = { ...article, keywords: ['a'] };
    for (const keywordsText of [42, ['x'], { toString: () => 'x' }, null])
      expect(articleOfAnswer({ article: tagged, keywordsText })).toBe(tagged);
    for (const answer of [null, 'text', 7, undefined]) expect(articleOfAnswer(answer)).toBeNull();
    // A huge text costs one line's worth of segmenting, not more.
    const huge = '挖走离职骨干'.repeat(MAX_KEYWORDS_LINE_CHARS);
    const got = articleOfAnswer({ article, keywordsText: huge }) as { keywords: string[] };
    expect(got.keywords.length).toBeGreaterThan(0);
    const capped = articleOfAnswer({
      article,
      keywordsText: huge.slice(0, MAX_KEYWORDS_LINE_CHARS),
    }) as { keywords: string[] };
    expect(got.keywords).toEqual(capped.keywords);
  });
});
