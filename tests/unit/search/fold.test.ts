import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  foldMapped,
  foldText,
  queryTerms,
  searchCards,
  snippetIn,
  type SearchableCard,
} from '../../../utils/search';

interface Card extends SearchableCard {
  url: string;
}

const card = (url: string, title: string, fields: Partial<Card> = {}): Card => ({
  url,
  title,
  summary: null,
  keywords: [],
  note: '',
  highlightText: '',
  savedAt: '2026-12-01T10:00:00.000Z',
  ...fields,
});

const tsmc = card('tsmc-tw', '台積電2奈米量產,輝達搶單');
const tsmcCn = card('tsmc-cn', '台积电2纳米量产,英伟达抢单');
const gpt5 = card('gpt5', 'OpenAI发布GPT-5,推理能力大幅提升');
const gpt5Spaced = card('gpt5-spaced', 'GPT 5 上手体验', { note: 'vs Claude Opus 4.1' });
const gpt4o = card('gpt4o', 'GPT-4o 语音模式上线');
const llama = card('llama', 'Meta开源Llama 4', { summary: 'Llama-4 Scout 与 Maverick' });
const cpp = card('cpp', 'C++ 与 Rust 对比', { note: '什么时候用 C#' });
const index = buildSearchIndex([tsmc, tsmcCn, gpt5, gpt5Spaced, gpt4o, llama, cpp]);
const found = (q: string) =>
  searchCards(index, q)
    .map((c) => c.url)
    .sort();

describe('search folding: simplified and traditional', () => {
  it.each([
    ['simplified finds traditional and simplified', '台积电', ['tsmc-cn', 'tsmc-tw']],
    ['traditional finds simplified and traditional', '台積電', ['tsmc-cn', 'tsmc-tw']],
    ['a simplified query finds traditional text', '量产', ['tsmc-cn', 'tsmc-tw']],
    ['two terms, mixed forms', '台積电 量產', ['tsmc-cn', 'tsmc-tw']],
  ])('%s', (_what, query, urls) => {
    expect(found(query)).toEqual(urls);
  });

  it('does not fold different words into one (positive control: 輝達 ≠ 英伟达)', () => {
    expect(found('輝達')).toEqual(['tsmc-tw']);
    expect(found('英偉達')).toEqual(['tsmc-cn']);
  });

  it('folds regional variants, and leaves simplified characters the tables also list', () => {
    expect(foldText('這裡')).toBe('这里');
    expect(foldText('爲什麼')).toBe('为什么');
    expect(foldText('什么')).toBe('什么');
    expect(found('什麼')).toEqual(['cpp']);
  });

  it('keeps one folded character per original character for Chinese text', () => {
    const text = '台積電與聯發科合作開發晶片';
    expect(foldText(text)).toBe('台积电与联发科合作开发晶片');
    expect(foldText(text).length).toBe(text.length);
  });
});

describe('search folding: Latin tokens regardless of punctuation and spacing', () => {
  it.each([
    ['run together', 'gpt5', ['gpt5', 'gpt5-spaced']],
    ['with a hyphen', 'GPT-5', ['gpt5', 'gpt5-spaced']],
    ['full width', 'ＧＰＴ－５', ['gpt5', 'gpt5-spaced']],
    ['another version is not found', 'gpt4o', ['gpt4o']],
    ['a hyphenated name found spaced', 'llama-4', ['llama']],
    ['a dotted version', 'opus4.1', ['gpt5-spaced']],
    ['a dotted version, run together', 'opus41', ['gpt5-spaced']],
  ])('%s: %s', (_what, query, urls) => {
    expect(found(query)).toEqual(urls);
  });

  it('keeps line breaks: a field never runs into the next one', () => {
    expect(foldText('GPT\nopus')).toBe('gpt\nopus');
  });

  it('keeps spaces and punctuation next to Chinese and at the ends of a token', () => {
    expect(foldText('GPT-5 发布, 4 月')).toBe('gpt5 发布, 4 月');
    expect(foldText('C++ (beta)')).toBe('c++ (beta)');
    expect(found('c++')).toEqual(['cpp']);
    expect(found('c#')).toEqual(['cpp']);
    expect(foldText('Open AI')).toBe(foldText('OpenAI'));
  });

  it('splits a query on spaces before folding each term', () => {
    expect(queryTerms('GPT 5')).toEqual(['gpt', '5']);
    expect(queryTerms('GPT-5\u3000台積電')).toEqual(['gpt5', '台积电']);
  });
});

describe('where a folded match is in the original text', () => {
  it('folds to the same text character by character as all at once', () => {
    const samples = [
      'A GPT-5 台積電 ＡＩ Ｇｅｍｉｎｉ ﬁve ㎏ — C++ / C# · v1.5 e\u0301t\u00e9',
      '這裡爲什麼 GPT 4o\n\nClaude–Opus 4.1 Llama‐4 Ελληνικά ΑΒΓ Русский-Текст 𠮷野家',
      '蘋果AI團隊大將被挖走14億,骨幹接連離職。OpenAI o3-mini 與 DeepSeek R1 ',
    ];
    for (const text of samples) expect(foldMapped(text).text).toBe(foldText(text));
  });

  it('maps each folded unit back to the character it came from', () => {
    const text = 'A GPT-5 台積電';
    const { text: folded, at } = foldMapped(text);
    // Spaces between Latin words go too: `Open AI` is found as `openai`.
    expect(folded).toBe('agpt5 台积电');
    expect([...at]).toEqual([0, 2, 3, 4, 6, 7, 8, 9, 10]);
  });

  it('marks the match as the text spells it', () => {
    const s = snippetIn(
      'body',
      '据报道,OpenAI 的 GPT-5 已向台積電下單',
      queryTerms('gpt5 台积电'),
    )!;
    expect(s.text.slice(s.start, s.end)).toBe('GPT-5');
    const t = snippetIn('body', '已向台積電下單', queryTerms('台积电'))!;
    expect(t.text.slice(t.start, t.end)).toBe('台積電');
  });

  it('handles characters outside the BMP without splitting them', () => {
    const s = snippetIn('note', '𠮷野家 GPT-5', queryTerms('gpt5'))!;
    expect(s.text.slice(s.start, s.end)).toBe('GPT-5');
    expect(foldText('𠮷')).toBe('𠮷');
  });
});
