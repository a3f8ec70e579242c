import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  keywordCounts,
  searchCards,
  type SearchableCard,
} from '../../../utils/search';

interface Card extends SearchableCard {
  url: string;
}

function card(url: string, savedAt: string, fields: Partial<Card> = {}): Card {
  return {
    url,
    title: '',
    summary: null,
    keywords: [],
    note: '',
    highlightText: '',
    savedAt,
    ...fields,
  };
}

const apple = card('https://news.example/apple', '2025-07-24T10:00:00.000Z', {
  title: '苹果AI团队大将被挖走14亿,骨干接连离职',
  summary: '苹果在AI领域落后于OpenAI和Meta,内部战略分歧导致人才流失。',
  keywords: ['14', 'Ai', '挖走', '离职', '骨干'],
});
const gemini = card('https://news.example/gemini', '2025-11-19T08:00:00.000Z', {
  title: '谷歌Gemini 3 Pro发布',
  summary: 'Google released a new reasoning model with stronger math and coding.',
  keywords: ['谷歌', 'Gemini'],
  note: 'Compare with OpenAI o3 later',
});
const palantir = card('https://news.example/palantir', '2025-11-10T08:00:00.000Z', {
  title: 'Palantir与Snowflakes深化AI合作',
  summary: null,
  keywords: ['Palantir', 'AI'],
  highlightText: '加速企业级AI落地\nunified data foundation',
});
const cards = [apple, palantir, gemini];
const index = buildSearchIndex(cards);
const urls = (found: Card[]) => found.map((c) => c.url.replace('https://news.example/', ''));

describe('saved-list search', () => {
  it('lists every card newest first when the query is empty', () => {
    expect(urls(searchCards(index, ''))).toEqual(['gemini', 'palantir', 'apple']);
  });

  it.each([
    ['a Chinese word in a title', '苹果', ['apple']],
    ['a Chinese substring inside a longer run', '人才流', ['apple']],
    ['an English word in a summary, any case', 'REASONING', ['gemini']],
    ['a word of the reader’s note', 'compare', ['gemini']],
    ['a keyword', '挖走', ['apple']],
    ['highlighted text', '企业级', ['palantir']],
    ['English highlighted text', 'Unified Data', ['palantir']],
    ['a word shared by several cards, newest first', 'ai', ['gemini', 'palantir', 'apple']],
    ['full-width letters like half-width ones', 'ＧＥＭＩＮＩ', ['gemini']],
    ['full-width digits like half-width ones', '１４亿', ['apple']],
    ['all terms (AND), across fields', 'openai 苹果', ['apple']],
    ['terms split by a full-width space', 'openai\u3000compare', ['gemini']],
    ['nothing when one term is missing', 'palantir 苹果', []],
    ['nothing for an unknown word', 'blockchain', []],
    ['surrounding whitespace as no term', '   ', ['gemini', 'palantir', 'apple']],
  ])('finds %s', (_name, query, expected) => {
    expect(urls(searchCards(index, query))).toEqual(expected);
  });

  it.each([
    ['cards with that chip in any case (AI, Ai)', 'AI', '', ['palantir', 'apple']],
    ['a chip together with a query', 'Gemini', 'google', ['gemini']],
    ['no partial chip match', 'Gem', '', []],
    ['a chip typed in another case or width', 'ｇｅｍｉｎｉ', '', ['gemini']],
    ['no filter when the keyword is empty', '', '谷歌', ['gemini']],
  ])('keyword filter matches %s', (_name, keyword, query, expected) => {
    expect(urls(searchCards(index, query, keyword))).toEqual(expected);
  });

  it('keeps the given order for cards saved at the same moment', () => {
    const same = '2025-01-01T00:00:00.000Z';
    const idx = buildSearchIndex([
      card('https://a.example/1', same),
      card('https://a.example/2', same),
    ]);
    expect(searchCards(idx, '').map((c) => c.url)).toEqual([
      'https://a.example/1',
      'https://a.example/2',
    ]);
  });

  it('counts keywords across cards, most used first', () => {
    const counts = keywordCounts([
      card('https://a.example/1', 'x', { keywords: ['AI', '芯片', 'AI'] }),
      card('https://a.example/2', 'x', { keywords: ['AI'] }),
    ]);
    expect(counts).toEqual([
      { keyword: 'AI', count: 2 },
      { keyword: '芯片', count: 1 },
    ]);
  });

  it('finds the right cards among 10,000', () => {
    const many: Card[] = [];
    for (let i = 0; i < 10_000; i++) {
      const stamp = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
      many.push(
        card(`https://bulk.example/${i}`, stamp, {
          title: i % 1000 === 7 ? `第${i}篇 量子计算 Quantum` : `Article ${i} 人工智能`,
          keywords: i % 2 === 0 ? ['even'] : ['odd'],
          note: i === 4242 ? 'needle 备注' : '',
        }),
      );
    }
    const big = buildSearchIndex(many);
    expect(searchCards(big, '').length).toBe(10_000);
    expect(searchCards(big, '').at(0)?.url).toBe('https://bulk.example/9999');
    expect(searchCards(big, 'quantum 量子').map((c) => c.url)).toEqual(
      [9007, 8007, 7007, 6007, 5007, 4007, 3007, 2007, 1007, 7].map(
        (i) => `https://bulk.example/${i}`,
      ),
    );
    expect(searchCards(big, 'NEEDLE').map((c) => c.url)).toEqual(['https://bulk.example/4242']);
    // 5,000 odd cards, of which the ten quantum ones (7, 1007, …) have another title.
    expect(searchCards(big, '人工智能', 'odd').length).toBe(4990);
  });
});
