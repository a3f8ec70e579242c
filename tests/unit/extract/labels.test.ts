import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { findLabels, labelValue } from '@/utils/extract/labels';
import { buildLines } from '@/utils/extract/lines';
import { page } from './dom';

const URL = 'https://news.example.com/a.html';
const SUMMARY = '苹果在AI领域落后,人才流失。';
const BODY = '<p>正文第一段。</p><p>正文第二段。</p>';

/** The value each label gets in a page whose meta line is written as `meta`. */
function metaOf(meta: string) {
  const a = extractArticle(page(`<h1>标题</h1>${meta}<p>快速阅读: ${SUMMARY}</p>${BODY}`), URL);
  return a && { publishedAt: a.publishedAt, source: a.source, summary: a.summary };
}

describe('the date and source line is read in any markup', () => {
  it.each([
    ['ASCII colons', '<p>发布时间:2025年7月24日 来源:szf</p>'],
    ['full-width colons and U+3000', '<p>发布时间\uff1a2025年7月24日\u3000来源\uff1aszf</p>'],
    [
      'NBSP runs',
      '<p>发布时间&nbsp;:&nbsp;2025年7月24日&nbsp;&nbsp;&nbsp;&nbsp;来源&nbsp;:&nbsp;szf</p>',
    ],
    ['dt/dd pairs', '<dl><dt>发布时间</dt><dd>2025年7月24日</dd><dt>来源</dt><dd>szf</dd></dl>'],
    [
      'label and value divs',
      '<div><div>发布时间:</div><div>2025年7月24日</div></div><div><div>来源</div><div>szf</div></div>',
    ],
    [
      'label and value spans',
      '<div><span class="label">发布时间</span><span>2025年7月24日</span><span class="label">来源</span><span>szf</span></div>',
    ],
    ['bold labels', '<p><strong>发布时间:</strong>2025年7月24日 <b>来源:</b> szf</p>'],
    ['a line break between them', '<p>发布时间:2025年7月24日<br>来源:szf</p>'],
    ['a time element', '<p>发布时间:<time datetime="2025-07-24">7月24日</time> | 来源:szf</p>'],
  ])('%s', (_name, meta) => {
    expect(metaOf(meta)).toEqual({ publishedAt: '2025-07-24', source: 'szf', summary: SUMMARY });
  });
});

describe('the summary is read in any markup', () => {
  const META = '<p>发布时间:2025年7月24日 来源:szf</p>';
  it.each([
    ['one paragraph', `<p>快速阅读: ${SUMMARY}</p>`, SUMMARY],
    ['full-width colon, no space', `<p>快速阅读\uff1a${SUMMARY}</p>`, SUMMARY],
    ['a bold label', `<p><strong>快速阅读:</strong> ${SUMMARY}</p>`, SUMMARY],
    ['dt/dd', `<dl><dt>快速阅读</dt><dd>${SUMMARY}</dd></dl>`, SUMMARY],
    ['label and value divs', `<div><div>快速阅读:</div><div>${SUMMARY}</div></div>`, SUMMARY],
    ['a line break after the label', `<p>快速阅读:<br>${SUMMARY}</p>`, SUMMARY],
    [
      'a heading over two paragraphs',
      '<h3>快速阅读</h3><div><p>第一句。</p><p>第二句。</p></div>',
      '第一句。\n第二句。',
    ],
    [
      'a label inside a larger box',
      `<div class="box"><span><i></i>快速阅读</span><p>${SUMMARY}</p></div>`,
      SUMMARY,
    ],
  ])('%s', (_name, markup, want) => {
    const a = extractArticle(page(`<h1>标题</h1>${META}${markup}${BODY}`), URL);
    expect(a?.summary).toBe(want);
    expect(a?.bodyText).toBe('正文第一段。\n\n正文第二段。');
  });
});

describe('label words inside ordinary sentences are not labels', () => {
  it.each([
    ['消息来源:新华社 (not preceded by a boundary)', '<p>据消息来源:新华社报道。</p>'],
    ['快速阅读 without a colon mid-sentence', '<p>这篇文章适合快速阅读和收藏。</p>'],
  ])('%s', (_name, html) => {
    const { lines } = buildLines(page(html).body);
    expect(findLabels(lines)).toEqual([]);
  });

  it('finds both labels of one meta line and cuts each value at the next label', () => {
    const { lines } = buildLines(page('<p>发布时间:2025年7月24日    来源:szf</p>').body);
    const hits = findLabels(lines);
    expect(hits.map((h) => h.kind)).toEqual(['published', 'source']);
    expect(hits.map((h) => labelValue(lines, h, hits)?.text)).toEqual(['2025年7月24日', 'szf']);
  });

  it('keeps a summary that quotes a source in parentheses', () => {
    const a = extractArticle(
      page(
        '<h1>标题</h1><p>发布时间:2025年7月24日 来源:szf</p><p>快速阅读: 出货量下滑(来源:IDC)。</p>',
      ),
      'https://news.example.com/a',
    );
    expect(a?.summary).toBe('出货量下滑(来源:IDC)。');
    expect(a?.source).toBe('szf');
  });

  it('stops the source at the next name:value pair on its line', () => {
    const a = extractArticle(
      page(
        '<h1>标题</h1><p>发布时间:2025年7月24日 来源:szf 作者:张三 阅读:1024</p><p>快速阅读: 摘要</p>',
      ),
      'https://news.example.com/a',
    );
    expect(a?.source).toBe('szf');
    expect(a?.publishedAt).toBe('2025-07-24');
  });

  it('gives no value to a label followed directly by another label', () => {
    const { lines } = buildLines(page('<p>发布时间: 来源:szf</p>').body);
    const hits = findLabels(lines);
    expect(labelValue(lines, hits[0]!, hits)).toBeNull();
  });
});

describe('keywords come from tag links, a separated line, or run-together text', () => {
  const base = (kw: string) =>
    `<h1>标题</h1><p>发布时间:2025年7月24日</p><p>快速阅读: ${SUMMARY}</p>${BODY}${kw}`;
  it.each([
    [
      'separate tag links with no text between them',
      '<div>关键词: <a rel="tag" href="/tag/14">14</a><a rel="tag" href="/tag/ai">Ai</a><a rel="tag" href="/tag/x">挖走</a></div>',
      ['14', 'Ai', '挖走'],
    ],
    [
      'tag links in a list after the label',
      '<div><span>关键词:</span><ul><li><a href="/t/1">苹果</a></li><li><a href="/t/2">人工智能</a></li></ul></div>',
      ['苹果', '人工智能'],
    ],
    ['a separated label line', '<p>关键词\uff1a苹果\uff0cAI\uff0c人才</p>', ['苹果', 'AI', '人才']],
    ['run-together text', '<p>关键词: 14Ai挖走离职骨干</p>', ['14Ai', '挖走', '离职', '骨干']],
    ['label and value spans', '<p><span>关键词</span><span>苹果 AI</span></p>', ['苹果', 'AI']],
  ])('%s', (_name, kw, want) => {
    expect(extractArticle(page(base(kw)), URL)?.keywords).toEqual(want);
  });
});

describe('the AI notice', () => {
  const base = `<h1>标题</h1><p>发布时间:2025年7月24日</p><p>快速阅读: ${SUMMARY}</p><p>正文。</p>`;
  it.each([
    ['with ASCII parentheses', '<p>(以上内容均由AI生成)</p>', true],
    ['with full-width parentheses', '<p>\uff08以上内容均由AI生成\uff09</p>', true],
    ['only in the site footer', '<footer>以上内容均由AI生成</footer>', false],
    ['absent', '', false],
  ])('%s', (_name, notice, want) => {
    const a = extractArticle(page(base + notice), URL);
    expect(a?.aiGenerated).toBe(want);
    expect(a?.bodyText).toBe('正文。');
  });

  it('ends the body even when it shares the last paragraph', () => {
    const a = extractArticle(
      page(base + '<p>最后一句。(以上内容均由AI生成)</p><p>之后的广告。</p>'),
      URL,
    );
    expect(a?.bodyText).toBe('正文。\n\n最后一句。');
    expect(a?.aiGenerated).toBe(true);
  });
});
