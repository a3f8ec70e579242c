import { describe, expect, it } from 'vitest';
import { extractArticle, looksLikeArticle } from '@/utils/extract';
import { mayBeChinese, mayBeQuickread } from '@/utils/extract/cheap-check';
import { page, parseHtml } from './dom';

/** Count every way the extractor could start walking the body's elements. */
function spyOnBody(doc: Document): Record<string, number> {
  const counts: Record<string, number> = {};
  const body = doc.body as unknown as Record<string, unknown>;
  const members = ['firstChild', 'lastChild', 'childNodes', 'children', 'firstElementChild'];
  const methods = ['querySelector', 'querySelectorAll', 'getElementsByTagName', 'closest'];
  for (const name of [...members, ...methods]) {
    counts[name] = 0;
    let proto: object | null = body;
    let desc: PropertyDescriptor | undefined;
    while (proto && !(desc = Object.getOwnPropertyDescriptor(proto, name))) {
      proto = Object.getPrototypeOf(proto) as object | null;
    }
    if (!desc) continue;
    const { get, value } = desc;
    if (get) {
      Object.defineProperty(body, name, {
        get() {
          counts[name]!++;
          return get.call(this);
        },
      });
    } else if (typeof value === 'function') {
      Object.defineProperty(body, name, {
        value(this: unknown, ...args: unknown[]) {
          counts[name]!++;
          return (value as (...a: unknown[]) => unknown).apply(this, args);
        },
      });
    }
  }
  return counts;
}

describe('a page that is not an article costs almost nothing', () => {
  const big =
    '<main>' + '<p>Lorem ipsum <a href="/x">dolor</a> sit amet.</p>'.repeat(2000) + '</main>';

  it.each([
    [
      'a docs page with a meta description',
      '<meta name="description" content="Docs"><title>Docs</title>',
    ],
    ['a page with og:type=website', '<meta property="og:type" content="website">'],
    [
      'a page whose JSON-LD is a WebPage',
      '<script type="application/ld+json">{"@type":"WebPage"}</script>',
    ],
  ])('%s is rejected without walking the body', (_name, head) => {
    const doc = page(big, head);
    const counts = spyOnBody(doc);
    expect(looksLikeArticle(doc)).toBe(false);
    expect(extractArticle(doc, 'https://docs.example/')).toBeNull();
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });

  it('an article page does walk the body (the spy works)', () => {
    const doc = page(`<h1>标题</h1><p>发布时间:2025年7月24日</p><p>快速阅读: 摘要</p>${big}`);
    const counts = spyOnBody(doc);
    expect(extractArticle(doc, 'https://news.example.com/a')).not.toBeNull();
    expect(Object.values(counts).some((n) => n > 0)).toBe(true);
  });
});

describe('the check on every page reads a bounded part of the text', () => {
  const filler = (chars: number) => `<p>${'x'.repeat(chars)}</p>`;

  const chineseTitle = '<title>苹果AI团队大将被挖走</title>';

  it('finds the label near the top of an article', () => {
    const doc = page(`<h1>标题</h1><p>快速阅读: 摘要</p>${filler(500_000)}`, chineseTitle);
    expect(mayBeQuickread(doc, 1000)).toBe(true);
  });

  it('finds the label split over two elements', () => {
    const doc = page('<h1>标题</h1><p><b>快速</b>阅读: 摘要</p>', chineseTitle);
    expect(mayBeQuickread(doc, 1000)).toBe(true);
    expect(looksLikeArticle(doc)).toBe(true);
  });

  it('stops reading after the budget: a label far down a long page is not looked for', () => {
    const doc = page(`${filler(5000)}<p>快速阅读: 摘要</p>`, chineseTitle);
    expect(mayBeQuickread(doc, 1000)).toBe(false);
    expect(mayBeQuickread(doc, 10_000)).toBe(true); // positive control: within a larger budget
    // The full check (what extractArticle uses) still sees it.
    expect(looksLikeArticle(doc)).toBe(true);
  });

  it('reads the text only of a page that may be in Chinese (its title or declared language)', () => {
    const body = '<h1>Headline</h1><p>快速阅读: 摘要</p>';
    const english = page(body, '<title>Docs</title>');
    expect(mayBeChinese(english)).toBe(false);
    expect(mayBeQuickread(english, 1000)).toBe(false);
    // The full check (the popup's, on demand) still finds the label.
    expect(looksLikeArticle(english)).toBe(true);
    // Positive controls: a Chinese title, or a Chinese language declared on the root.
    expect(mayBeQuickread(page(body, chineseTitle), 1000)).toBe(true);
    const declared = parseHtml(`<html lang="zh-CN"><head><title>Docs</title></head><body>${body}`);
    expect(mayBeChinese(declared)).toBe(true);
    expect(mayBeQuickread(declared, 1000)).toBe(true);
  });

  it('leaves articles declared in the <head> to the reader’s own request', () => {
    // Nothing on the page would show for them; the popup's full check finds them.
    const doc = page(
      filler(5000),
      '<title>Docs</title><meta property="og:type" content="article">',
    );
    expect(mayBeQuickread(doc, 10)).toBe(false);
    expect(looksLikeArticle(doc)).toBe(true);
  });
});
