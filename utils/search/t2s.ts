import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

/**
 * Traditional → simplified, character by character, from OpenCC's own tables (opencc-js), as an
 * array by UTF-16 unit (0: not folded). Pairs outside the Basic Multilingual Plane are left out:
 * rare, and one-for-one keeps the folded text as long as the original.
 */
let table: Uint16Array | null = null;

const SPACE = 0x20;
const BAR = 0x7c;
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/**
 * Each single-character pair of an OpenCC table (`"from to[ more]|…"`, first choice) within the
 * BMP. Read by position, not split into strings: the first fold of a page (its keywords on the
 * first screen) waits for this.
 */
export function eachPair(dict: string, put: (from: number, to: number) => void): void {
  for (let i = 0; i < dict.length;) {
    let end = dict.indexOf('|', i);
    if (end < 0) end = dict.length;
    const from = dict.charCodeAt(i);
    const to = dict.charCodeAt(i + 2);
    const after = i + 3 < end ? dict.charCodeAt(i + 3) : BAR;
    if (
      end - i >= 3 &&
      dict.charCodeAt(i + 1) === SPACE &&
      !isSurrogate(from) &&
      !isSurrogate(to) &&
      to !== SPACE &&
      (after === SPACE || after === BAR)
    ) {
      put(from, to);
    }
    i = end + 1;
  }
}

/** The table (built once, on first use). */
export function simplifiedTable(): Uint16Array {
  if (table) return table;
  const out = new Uint16Array(0x10000);
  eachPair(TSCharacters, (from, to) => (out[from] = to));
  // A regional variant folds as its standard traditional character does; the variant tables
  // also list simplified characters (么 → 幺), which must stay as they are.
  const variant = (from: number, to: number) => {
    if (out[from] === 0 && out[to] !== 0) out[from] = out[to]!;
  };
  eachPair(TWVariantsRev, variant);
  eachPair(HKVariantsRev, variant);
  return (table = out);
}
