import { describe, expect, it } from 'vitest';
import {
  bodyMatch,
  buildSearchIndex,
  cardSnippet,
  foldText,
  keywordCounts,
  queryTerms,
  snippetOf,
  SNIPPET_AFTER,
  SNIPPET_BEFORE,
  type SearchableCard,
} from '../../../utils/search';

const card = (fields: Partial<SearchableCard>): SearchableCard => ({
  title: '',
  summary: null,
  keywords: [],
  note: '',
  highlightText: '',
  savedAt: '2025-01-01T00:00:00.000Z',
  ...fields,
});

describe('snippets', () => {
  it('marks the earliest match with a little context on each side', () => {
    const text = `${'前'.repeat(80)}黄仁勋访华${'后'.repeat(80)}`;
    const s = snippetOf(text, queryTerms('访华 黄仁勋'))!;
    expect(s.match).toBe('黄仁勋');
    expect(s.before).toBe(`…${'前'.repeat(SNIPPET_BEFORE)}`);
    expect(s.after).toBe(`访华${'后'.repeat(SNIPPET_AFTER - 2)}…`);
  });

  it('keeps the text’s own case and width in the match', () => {
    expect(snippetOf('Google ＧＥＭＩＮＩ model', queryTerms('gemini'))).toEqual({
      before: 'Google ',
      match: 'ＧＥＭＩＮＩ',
      after: ' model',
    });
  });

  it('finds the span where folding changes the length (ligatures, ㎏)', () => {
    const text = 'ﬁve ㎏ of chips';
    expect(foldText(text).length).not.toBe(text.length);
    expect(snippetOf(text, queryTerms('chips'))?.match).toBe('chips');
    expect(snippetOf(text, queryTerms('kg'))?.match).toBe('㎏');
  });

  it('squashes line breaks and says nothing when no term is there', () => {
    expect(snippetOf('one\n\n two', ['two'])?.before).toBe('one ');
    expect(snippetOf('nothing here', ['absent'])).toBeNull();
  });

  it('takes a card’s snippet from its summary, note, highlights, then keywords — not its title', () => {
    const c = card({
      title: 'Agents everywhere',
      summary: 'A summary',
      note: 'my note on agents',
      highlightText: 'highlighted agents',
      keywords: ['Agents'],
    });
    expect(cardSnippet(c, queryTerms('agents'))?.before).toBe('my note on ');
    expect(cardSnippet(c, queryTerms('highlighted'))?.match).toBe('highlighted');
    expect(cardSnippet(card({ keywords: ['芯片', 'AI'] }), ['ai'])?.match).toBe('AI');
    expect(cardSnippet(card({ title: 'Only here' }), ['only'])).toBeNull();
    expect(cardSnippet(c, [])).toBeNull();
  });
});

describe('body search', () => {
  const hay = buildSearchIndex([card({ title: 'Chip rules', summary: 'export' })]).haystacks[0]!;

  it('completes the terms the card lacks with the body, giving the body’s snippet', () => {
    const found = bodyMatch(hay, '他说:黄仁勋将来访。', queryTerms('chip 黄仁勋'));
    expect(found?.match).toBe('黄仁勋');
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
