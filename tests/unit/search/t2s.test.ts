import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { describe, expect, it } from 'vitest';
import { eachPair, simplifiedTable } from '../../../utils/search/t2s';

/** The plain reading of an OpenCC table: split into entries and words (first choice only). */
function pairsBySplitting(dict: string): [number, number][] {
  const out: [number, number][] = [];
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (!from || !to || [...from].length !== 1 || [...to].length !== 1) continue;
    const f = from.codePointAt(0)!;
    const t = to.codePointAt(0)!;
    if (f <= 0xffff && t <= 0xffff) out.push([f, t]);
  }
  return out;
}

const pairsOf = (dict: string) => {
  const out: [number, number][] = [];
  eachPair(dict, (from, to) => out.push([from, to]));
  return out;
};

describe('the traditional → simplified table', () => {
  it('reads each of OpenCC’s tables as splitting them into words does', () => {
    for (const dict of [TSCharacters, TWVariantsRev, HKVariantsRev]) {
      const expected = pairsBySplitting(dict);
      expect(expected.length).toBeGreaterThan(dict === TSCharacters ? 2000 : 10);
      expect(pairsOf(dict)).toEqual(expected);
    }
  });

  it('skips phrases, several-character words and characters beyond the BMP', () => {
    const dict = '丟 丢|並 并 並|乾淨 干净|𠁞 𠀾|著 着|台積 台积|个 個 箇|嗎 吗';
    expect(pairsOf(dict)).toEqual(pairsBySplitting(dict));
    expect(pairsOf(dict).map(([f, t]) => String.fromCharCode(f, t))).toEqual([
      '丟丢',
      '並并',
      '著着',
      '个個',
      '嗎吗',
    ]);
  });

  it('folds a regional variant as its standard form, and leaves simplified characters alone', () => {
    const table = simplifiedTable();
    const fold = (s: string) =>
      [...s].map((c) => String.fromCharCode(table[c.charCodeAt(0)] || c.charCodeAt(0))).join('');
    expect(fold('台積電開源')).toBe('台积电开源');
    expect(fold('臺灣')).toBe('台湾');
    expect(fold('么')).toBe('么');
  });
});
