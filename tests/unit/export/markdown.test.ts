import { describe, expect, it } from 'vitest';
import {
  buildExportFile,
  buildMarkdown,
  escapeMarkdownLine,
  markdownHref,
  markdownLabels,
  type ExportData,
} from '../../../utils/export';
import { translatorFor } from '../i18n/messages';
import type { ExportedArticle, Highlight } from '../../../utils/schemas';
import { makeExportData } from './generate';

const NOW = '2024-06-01T08:00:00.000Z';
const labels = markdownLabels(translatorFor('en'), (n) => n.toLocaleString('en'));

function article(over: Partial<ExportedArticle> = {}): ExportedArticle {
  return {
    url: 'https://news.example.com/a',
    format: 'quickread',
    title: '大模型周报',
    publishedAt: '2024-05-30',
    source: '新智元',
    summary: '本周要闻。',
    keywords: ['大模型', '智能体'],
    aiGenerated: true,
    bodyText: '正文',
    related: [],
    savedAt: '2024-05-31T10:00:00.000Z',
    updatedAt: '2024-05-31T10:00:00.000Z',
    note: '',
    highlights: [],
    ...over,
  };
}

function highlight(over: Partial<Highlight> = {}, exact = '一段引文'): Highlight {
  return {
    id: 'h1',
    text: exact,
    note: '',
    color: 'yellow',
    createdAt: '2024-05-31T10:00:00.000Z',
    updatedAt: '2024-05-31T10:00:00.000Z',
    selector: { exact, prefix: '', suffix: '', start: 0, end: exact.length },
    ...over,
  };
}

const md = (data: Partial<ExportData>) =>
  buildMarkdown({ articles: [], links: [], ...data }, { now: NOW, labels });

describe('Markdown export', () => {
  it('writes each article as a section with link, date, source, keywords, summary and note', () => {
    const text = md({ articles: [article({ note: '值得一读' })] });
    expect(text).toContain('## 大模型周报\n');
    expect(text).toContain('- Link: <https://news.example.com/a>\n');
    expect(text).toContain('- Published: 2024-05-30\n');
    expect(text).toContain('- Source: 新智元\n');
    expect(text).toContain('- Keywords: 大模型, 智能体\n');
    expect(text).toContain('**Quick read**\n\n本周要闻。\n');
    expect(text).toContain('**Note**\n\n值得一读\n');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('quotes every line of a multi-line highlight and puts its note beneath', () => {
    const h = highlight({ note: '我的想法\n第二行' }, '第一行\n第二行\n\n第三段');
    const text = md({ articles: [article({ highlights: [h] })] });
    expect(text).toContain(
      '### Highlights (1)\n\n> 第一行  \n> 第二行\n>\n> 第三段\n\n我的想法  \n第二行\n',
    );
  });

  it('separates consecutive highlights into separate quotes', () => {
    const highlights = [
      highlight({ id: 'a' }, '甲'),
      highlight({ id: 'b', selector: { exact: '乙', prefix: '', suffix: '', start: 5, end: 6 } }),
    ];
    const text = md({ articles: [article({ highlights })] });
    expect(text).toContain('> 甲\n\n> 乙\n');
  });

  it('cannot be turned into HTML, links or headings by page text', () => {
    const evil = article({
      title: '# Title [click](javascript:alert(1)) <img src=x onerror=alert(1)>',
      summary: '<script>alert(1)</script>\n    indented code\n1. not a list\n- nor this\n===',
      source: '![img](https://evil.example/x.png)',
      keywords: ['`code`', '*bold*', '&lt;'],
      note: '> not a quote',
      highlights: [highlight({ note: '</p><iframe src=javascript:alert(1)>' }, '## h\n```\nfence')],
    });
    const text = md({ articles: [evil] });
    expect(text).not.toMatch(/(?<!\\)<(?!https:\/\/news\.example\.com\/a>)/);
    expect(text).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(text).toContain(
      '## \\# Title \\[click\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>\n',
    );
    expect(text).toContain('\\<script\\>alert(1)\\</script\\>  \nindented code  \n');
    expect(text).toContain('1\\. not a list  \n\\- nor this  \n\\===\n');
    expect(text).toContain('- Source: !\\[img\\](https://evil.example/x.png)\n');
    expect(text).toContain('- Keywords: \\`code\\`, \\*bold\\*, \\&lt;\n');
    expect(text).toContain('**Note**\n\n\\> not a quote\n');
    expect(text).toContain('> \\#\\# h  \n> \\`\\`\\`  \n> fence\n');
    const headings = text.split('\n').filter((l) => /^#{1,6} /.test(l));
    expect(headings).toEqual([
      '# AI News Annotator export',
      expect.stringMatching(/^## /),
      '### Highlights (1)',
    ]);
  });

  it('links only http(s) URLs', () => {
    const related = [
      { title: 'ok', url: 'https://example.com/a_(b)', summary: null, publishedAt: null },
      { title: 'bad', url: 'javascript:alert(1)', summary: null, publishedAt: null },
    ];
    const text = md({ articles: [article({ url: 'data:text/html,<b>x</b>', related })] });
    expect(text).toContain('- [ok](https://example.com/a_%28b%29)\n');
    expect(text).toContain('- bad\n');
    expect(text).toContain('- Link: data:text/html,\\<b\\>x\\</b\\>\n');
    expect(markdownHref('javascript:alert(1)')).toBeNull();
    expect(markdownHref('https://example.com/a\\b?c=(d)')).toBe(
      'https://example.com/a/b?c=%28d%29',
    );
  });

  it('lists the links kept for later at the end', () => {
    const links = [
      {
        url: 'https://example.com/later',
        title: '稍后阅读 [1]',
        summary: '摘要',
        publishedAt: '2024-05-01',
        fromArticles: ['https://news.example.com/a'],
        savedForLater: true,
        readAt: null,
      },
      {
        url: 'https://example.com/not-kept',
        title: '没保存',
        summary: null,
        publishedAt: null,
        fromArticles: [],
        savedForLater: false,
        readAt: null,
      },
    ];
    const text = md({ articles: [article()], links });
    expect(text).toMatch(
      /## Read later\n\n- \[稍后阅读 \\\[1\\\]\]\(https:\/\/example\.com\/later\) — 2024-05-01 — 摘要\n$/,
    );
    expect(text).not.toContain('没保存');
  });

  it('escapes block markers only where they start a line', () => {
    expect(escapeMarkdownLine('  - item')).toBe('\\- item');
    expect(escapeMarkdownLine('2024. 年')).toBe('2024\\. 年');
    expect(escapeMarkdownLine('a - b 1. c')).toBe('a - b 1. c');
  });

  it('reads the same from an export file as from the records it was built from', () => {
    const data = makeExportData(21, { articles: 5 });
    const file = buildExportFile(data, { now: NOW });
    expect(buildMarkdown(file, { labels })).toBe(buildMarkdown(data, { now: NOW, labels }));
    expect(buildMarkdown(file, { labels })).toContain(
      `Exported ${NOW} · 5 articles · 15 highlights`,
    );
    expect(md({ articles: [article()] })).toContain('1 article · 0 highlights');
  });

  it('labels a generic article’s summary as its description', () => {
    const text = md({ articles: [article({ format: 'generic', summary: 'A page description.' })] });
    expect(text).toContain('**Description**\n\nA page description.\n');
    expect(text).not.toContain('Quick read');
  });

  it('speaks the reader’s language, headings and labels alike, and stays pure', () => {
    const zh = markdownLabels(translatorFor('zh_CN'), (n) => n.toLocaleString('zh-CN'));
    const data = {
      articles: [article({ note: '值得一读', highlights: [highlight()] })],
      links: [],
    };
    const text = buildMarkdown(data, { now: NOW, labels: zh });
    expect(text).toMatch(/^# AI 新闻批注导出\n/);
    expect(text).toContain('1 篇文章 · 1 处高亮');
    expect(text).toContain('- 关键词: 大模型、智能体\n');
    expect(text).toContain('### 高亮\uff081\uff09\n');
    expect(text).not.toMatch(/\b(Link|Published|Source|Keywords|Saved|Summary|Note|Highlights)\b/);
    expect(buildMarkdown(data, { now: NOW, labels: zh })).toBe(text);
  });
});
