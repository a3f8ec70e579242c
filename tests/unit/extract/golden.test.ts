import { describe, expect, it } from 'vitest';
import { extractArticle, findArticleRoot, looksLikeArticle } from '@/utils/extract';
import { mayBeChinese, mayBeQuickread } from '@/utils/extract/cheap-check';
import { EARLY_TEXT_BUDGET } from '@/utils/limits';
import { ArticleSchema } from '@/utils/schemas';
import { parseHtml, readFixture } from './dom';

interface PageCase {
  file: string;
  url: string;
  expected: string;
}

const pages = JSON.parse(readFixture('pages.json')) as PageCase[];

describe('saved pages give the article written in their expected JSON', () => {
  it.each(pages)('$file', ({ file, url, expected }) => {
    const doc = parseHtml(readFixture(`pages/${file}`));
    const want = JSON.parse(readFixture(`expected/${expected}`)) as unknown;
    const got = extractArticle(doc, url);
    expect(got).toEqual(want);
    if (got) expect(ArticleSchema.parse(got)).toEqual(got);
  });
});

describe('the cheap pre-check never rejects a saved article', () => {
  it.each(pages)('$file', ({ file, url, expected }) => {
    const doc = parseHtml(readFixture(`pages/${file}`));
    const want = JSON.parse(readFixture(`expected/${expected}`)) as unknown;
    if (want !== null) expect(looksLikeArticle(doc)).toBe(true);
    // The every-page check looks for quick-read articles, on pages that may be Chinese (below).
    const quick = (want as { format?: string } | null)?.format === 'quickread';
    if (quick && mayBeChinese(doc)) expect(mayBeQuickread(doc, EARLY_TEXT_BUDGET)).toBe(true);
    if (!looksLikeArticle(doc)) expect(extractArticle(doc, url)).toBeNull();
  });

  it('every quick-read fixture may be Chinese by its title or language, but the hostile page', () => {
    // hostile.html is titled "hostile": the every-page check passes it by; the popup's full
    // check (on demand) and the reader's first selection still bring the annotator there.
    const notChinese = pages
      .filter(({ expected }) => {
        const want = JSON.parse(readFixture(`expected/${expected}`)) as { format?: string } | null;
        return want?.format === 'quickread';
      })
      .filter(({ file }) => !mayBeChinese(parseHtml(readFixture(`pages/${file}`))))
      .map(({ file }) => file);
    expect(notChinese).toEqual(['hostile.html']);
  });
});

describe('the article root holds the body paragraphs', () => {
  it.each(pages.filter((p) => !p.expected.startsWith('non-') && p.file !== 'search-results.html'))(
    '$file',
    ({ file, url }) => {
      const doc = parseHtml(readFixture(`pages/${file}`));
      const article = extractArticle(doc, url);
      const root = findArticleRoot(doc, article);
      if (!article) {
        expect(root).toBe(doc.body);
        return;
      }
      const text = (root.textContent ?? '').replace(/\s+/g, ' ');
      for (const para of article.bodyText.split('\n\n')) {
        expect(text).toContain(para.replace(/\s+/g, ' '));
      }
    },
  );
});

describe('the article root for highlight anchoring', () => {
  it('is the smallest element around the body paragraphs of the demo page', () => {
    const doc = parseHtml(readFixture('pages/quickread-wordpress.html'));
    const article = extractArticle(doc, 'https://news.example.com/2025/07/apple-ai.html');
    const root = findArticleRoot(doc, article);
    expect(root.getAttribute('class')).toBe('entry-content');
  });

  it('is the body when there is no article', () => {
    const doc = parseHtml(readFixture('pages/non-article.html'));
    expect(findArticleRoot(doc, null)).toBe(doc.body);
  });
});
