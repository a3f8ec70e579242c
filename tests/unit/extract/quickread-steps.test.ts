// The steps of the quick-read extraction on small pages: the page read for its article, its
// headline and own labels (not a card's), and where its body ends.
import { describe, expect, it } from 'vitest';
import type { PageContext } from '../../../utils/extract/context';
import { findHeadline, ownLabel } from '../../../utils/extract/quickread-head';
import { LISTING, readQuickreadPage } from '../../../utils/extract/quickread-page';
import { bodySpan } from '../../../utils/extract/quickread-span';
import { page } from './dom';

const URL_ = 'https://news.example.com/a.html';

function read(body: string) {
  const doc = page(body);
  const ctx: PageContext = { doc, url: URL_, base: URL_, selfUrls: new Set([URL_]) };
  return readQuickreadPage(ctx, doc.body);
}

const ARTICLE = `<article><h1>苹果AI团队大将被挖走</h1>
<p>发布时间:2025年7月24日 来源:szf</p><p>快速阅读: 苹果在AI领域落后。</p>
<p>据36氪报道,苹果公司在人工智能领域的表现备受关注。</p>
<p>(以上内容均由AI生成)</p><p>关键词: 苹果 人才</p></article>
<section><h2>你可能还想读</h2><div><a href="/b.html">另一篇文章的标题</a><p>快速阅读: 另一篇的摘要。</p></div></section>`;

describe('quick-read steps', () => {
  it('finds the headline and the labels that are the article’s own, not a related card’s', () => {
    const p = read(ARTICLE);
    const head = findHeadline(p, null);
    expect(head.title).toBe('苹果AI团队大将被挖走');
    const summary = ownLabel(p, head, 'summary');
    expect(p.lines[summary!.line]!.text).toContain('苹果在AI领域落后');
    // The related card's summary lies in the related section, off the article's page.
    expect(head.summaries).toHaveLength(1);
    expect(p.region).not.toBeNull();
  });

  it('ends the body at the AI notice, before the keywords and the related section', () => {
    const p = read(ARTICLE);
    const head = findHeadline(p, null);
    const summaryHit = ownLabel(p, head, 'summary')!;
    const span = bodySpan(p, head, summaryHit, summaryHit.line + 1, () => true);
    expect(span).not.toBe(LISTING);
    const { stop } = span as { stop: number };
    const body = p.lines.slice(summaryHit.line + 1, stop).map((l) => l.text);
    expect(body).toEqual([
      '据36氪报道,苹果公司在人工智能领域的表现备受关注。',
      '(以上内容均由AI生成)',
    ]);
  });

  it('calls a page of several articles’ summaries under their own headings a listing', () => {
    const card = (n: number) =>
      `<div><h2><a href="/${n}.html">第${n}篇文章的标题</a></h2><p>发布时间:2025年7月2${n}日</p><p>快速阅读: 第${n}篇的摘要。</p></div>`;
    const p = read(
      `<h1>人工智能新闻</h1><p>快速阅读: 首页的介绍。</p>${card(1)}${card(2)}${card(3)}`,
    );
    const head = findHeadline(p, null);
    const summaryHit = ownLabel(p, head, 'summary')!;
    expect(bodySpan(p, head, summaryHit, summaryHit.line + 1, () => true)).toBe(LISTING);
  });
});
