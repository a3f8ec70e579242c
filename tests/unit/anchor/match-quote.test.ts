import { describe as group, expect, it } from 'vitest';
import { findFuzzyQuote } from '../../../utils/anchor/fuzzy-search';
import {
  findExactQuote,
  isConfident,
  leadingSimilarity,
  scoreMatch,
} from '../../../utils/anchor/match-quote';

/** Filler text without any of the quotes used below. */
function filler(length: number, seed = 7): string {
  const words = ['market', 'chip', 'policy', 'cloud', 'user', 'video', 'robot', 'voice'];
  let out = '';
  let x = seed;
  while (out.length < length) {
    x = (x * 48271) % 2147483647;
    out += `${words[x % words.length]} `;
  }
  return out.slice(0, length);
}

group('similarity of context', () => {
  it('is 1 for identical text and drops by one error per char of the pattern', () => {
    expect(leadingSimilarity('abcd', 'abcdef')).toBe(1);
    expect(leadingSimilarity('abcd', 'abXdef')).toBe(0.75);
    expect(leadingSimilarity('abcd', 'Xabcd')).toBe(0.75);
    expect(leadingSimilarity('', 'x')).toBe(1);
  });
});

group('choosing among exact copies of a quote', () => {
  it('prefers the copy whose prefix and suffix match, even among many copies', () => {
    const copies = Array.from({ length: 40 }, (_, i) => `item ${i}: same words here; `).join('');
    const text = `${copies}target: same words here; end`;
    const start = text.lastIndexOf('same words here');
    const match = findExactQuote(text, 'same words here', {
      prefix: 'target: ',
      suffix: '; end',
      hint: 0,
    });
    expect(match?.start).toBe(start);
  });

  it('trusts a long exact quote without context but not a short one', () => {
    const text = 'zzzz a fairly long sentence about open models zzzz';
    const long = scoreMatch(text, 5, 45, 0, 40, {
      prefix: 'nothing alike',
      suffix: 'at all',
      hint: 0,
    });
    const short = scoreMatch(text, 7, 13, 0, 6, {
      prefix: 'nothing alike',
      suffix: 'at all',
      hint: 0,
    });
    expect(isConfident(long, 40)).toBe(true);
    expect(isConfident(short, 6)).toBe(false);
  });
});

group('approximate search', () => {
  const quote = 'the lab said its new model was trained on ten trillion tokens of text';
  const edited = 'the lab said its newest model was trained on twelve trillion tokens of text';

  it('finds an edited passage that moved far from its old place', () => {
    const text = `${filler(50000)}. ${edited}. ${filler(2000, 3)}`;
    const match = findFuzzyQuote(
      text,
      quote,
      { prefix: '', suffix: '', hint: 0 },
      { remaining: 0 },
    );
    expect(text.slice(match?.start, match?.end)).toBe(edited);
  });

  it('does not scan the whole text once the work budget is spent', () => {
    const text = `${filler(20000)} ${'model trained on tokens'.split('').reverse().join('')}`;
    const budget = { remaining: 1000 };
    expect(findFuzzyQuote(text, quote, { prefix: '', suffix: '', hint: 0 }, budget)).toBeNull();
    expect(budget.remaining).toBe(1000);
  });

  it('scans the whole of a short text when nothing is found nearby', () => {
    // Every 7th char differs, so no piece of the quote occurs exactly.
    const scrambled = quote.replace(/(.{6})./g, '$1#');
    const text = `${filler(3000)} start ${scrambled} end`;
    const budget = { remaining: 1_000_000 };
    const match = findFuzzyQuote(text, quote, { prefix: '', suffix: '', hint: 0 }, budget);
    expect(budget.remaining).toBeLessThan(1_000_000);
    expect(text.slice(match?.start, match?.end)).toBe(scrambled);
  });
});
