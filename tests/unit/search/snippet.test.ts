import { describe, expect, it } from 'vitest';
import {
  bodyMatch,
  buildSearchIndex,
  findSnippet,
  foldText,
  keywordCounts,
  queryTerms,
  snippetIn,
  type SearchableCard,
  type Snippet,
} from '../../../utils/search';
import { SNIPPET_CONTEXT } from '../../../utils/search/snippet';

const card = (fields: Partial<SearchableCard>): SearchableCard => ({
  title: '',
  summary: null,
  keywords: [],
  note: '',
  highlightText: '',
  savedAt: '2025-01-01T00:00:00.000Z',
  ...fields,
});

/** The marked part of a snippet. */
const marked = (s: Snippet | null) => s && s.text.slice(s.start, s.end);

describe('snippets', () => {
  it('marks the earliest match with a little context on each side', () => {
    const text = `${'前'.repeat(80)}黄仁勋访华${'后'.repeat(80)}`;
    const s = snippetIn('body', text, queryTerms('访华 黄仁勋'))!;
    expect(marked(s)).toBe('黄仁勋');
    expect(s.text.slice(0, s.start)).toBe(`…${'前'.repeat(SNIPPET_CONTEXT)}`);
    expect(s.text.slice(s.end)).toBe(`访华${'后'.repeat(SNIPPET_CONTEXT - 2)}…`);
  });

  it('keeps the text’s own case and width in the match', () => {
    const s = snippetIn('summary', 'Google ＧＥＭＩＮＩ model', queryTerms('gemini'));
    expect(s).toEqual({ field: 'summary', text: 'Google ＧＥＭＩＮＩ model', start: 7, end: 13 });
  });

  it('marks the original characters where folding changes the length (ligatures, ㎏)', () => {
    const text = 'ﬁve ㎏ of chips';
    expect(foldText(text).length).not.toBe(text.length);
    expect(marked(snippetIn('note', text, queryTerms('chips')))).toBe('chips');
    // `kg` is found in the folded `㎏`; the reader sees the character the text has.
    expect(marked(snippetIn('note', text, queryTerms('kg')))).toBe('㎏');
    expect(marked(snippetIn('note', text, queryTerms('five')))).toBe('ﬁve');
  });

  it('squashes line breaks and says nothing when no term is there', () => {
    expect(snippetIn('body', 'one\n\n two', ['two'])?.text).toBe('one two');
    expect(snippetIn('body', 'nothing here', ['absent'])).toBeNull();
  });

  it('takes a card’s snippet from its summary, keywords, note, highlights, body — not its title', () => {
    const c = card({
      title: 'Agents everywhere',
      summary: 'A summary',
      note: 'my note on agents',
      highlightText: 'highlighted agents',
      keywords: ['Robots'],
    });
    expect(findSnippet(c, queryTerms('agents'))?.field).toBe('note');
    expect(findSnippet(c, queryTerms('highlighted'))?.field).toBe('highlight');
    // Each card keeps its last snippet: asked again for other terms, it is found again.
    expect(findSnippet(c, queryTerms('agents'))?.field).toBe('note');
    expect(findSnippet(c, queryTerms('summary'))?.field).toBe('summary');
    // …and equal to what a card never asked before gives.
    const both = queryTerms('agents summary');
    expect(findSnippet(c, both)).toEqual(findSnippet({ ...c }, both));
    expect(marked(findSnippet(card({ keywords: ['芯片', 'AI'] }), ['ai']))).toBe('AI');
    expect(findSnippet(card({ bodyText: 'in the body' }), ['body'])?.field).toBe('body');
    expect(findSnippet(card({ title: 'Only here' }), ['only'])).toBeNull();
    expect(findSnippet(c, [])).toBeNull();
  });
});

describe('body search', () => {
  const hay = buildSearchIndex([card({ title: 'Chip rules', summary: 'export' })]).haystack(0);

  it('completes the terms the card lacks with the body, giving the body’s snippet', () => {
    const found = bodyMatch(hay, '他说:黄仁勋将来访。', queryTerms('chip 黄仁勋'));
    expect(found?.field).toBe('body');
    expect(marked(found)).toBe('黄仁勋');
  });

  it('gives the same snippet as folding the whole body, from the line of the first match', () => {
    const lines = [
      '第一段:英伟达发布新一代 Blackwell 芯片。',
      '第二段 台積電 表示 ＧＰＴ－５ 的訂單增加,Café 與 résumé 不變。',
      '',
      '第三段:OpenAI 的 GPT 5 与 gpt-5 三种写法;黄仁勋随后来访。',
      '最后一行 C++ 与 C# 仍在,台积电收尾。',
    ];
    const body = lines.join('\n');
    const queries = [
      '台积电',
      'gpt-5',
      'GPT5 黄仁勋',
      'café',
      'resume',
      'c++',
      '收尾',
      '英伟达 收尾',
    ];
    let checked = 0;
    for (const q of queries) {
      const terms = queryTerms(q);
      const lacking = terms.filter((t) => !hay.includes(t));
      const whole = snippetIn('body', body, lacking);
      const all = lacking.every((t) => foldText(body).includes(t));
      expect(bodyMatch(hay, body, terms), q).toEqual(all ? whole : null);
      if (whole) checked++;
    }
    // Positive control: most queries found a snippet at all, on several lines.
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it('adds nothing when the card alone matches, or the body lacks a term', () => {
    expect(bodyMatch(hay, 'chip chip', queryTerms('chip'))).toBeNull();
    expect(bodyMatch(hay, '黄仁勋', queryTerms('黄仁勋 blockchain'))).toBeNull();
  });
});

describe('keyword choices', () => {
  it('count keywords that differ only in case or width as one, named as most cards write it', () => {
    expect(
      keywordCounts([
        card({ keywords: ['AI', 'Ai'] }),
        card({ keywords: ['ai'] }),
        card({ keywords: ['AI'] }),
        card({ keywords: ['ＡＩ', '芯片'] }),
      ]),
    ).toEqual([
      { keyword: 'AI', count: 4 },
      { keyword: '芯片', count: 1 },
    ]);
  });
});
