import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

/**
 * Folding for search: the reader finds an article however either side spells it.
 * - NFKC and lower case: `ＡＩ`, `Ai` and `ai` are one.
 * - Traditional → simplified, character by character from OpenCC's own tables (opencc-js):
 *   `台積電` and `台积电` are one. Character by character keeps every folded character tied to
 *   one character of the text, so a match can be shown where it is in the original.
 * - Between two Latin letters or digits, spaces, hyphens, dots, slashes and the like are
 *   dropped: `GPT-5`, `GPT 5` and `gpt5` are one, so are `Open AI` and `OpenAI`. Line breaks
 *   stay (they separate a card's fields); `+`, `#`, brackets stay (`C++`, `C#`).
 */

let simplified: Map<number, string> | null = null;

/** The single-character pairs of an OpenCC table (`"from to[ more]|…"`, first choice). */
function pairsOf(dict: string): [number, number][] {
  const out: [number, number][] = [];
  for (const pair of dict.split('|')) {
    const [from, to] = pair.split(' ');
    if (!from || !to || [...from].length !== 1 || [...to].length !== 1) continue;
    out.push([from.codePointAt(0)!, to.codePointAt(0)!]);
  }
  return out;
}

/** Traditional to simplified (OpenCC's first choice); Taiwan and Hong Kong variants too. */
function t2s(): Map<number, string> {
  if (simplified) return simplified;
  const map = new Map<number, string>();
  // Pairs outside the Basic Multilingual Plane are left out: rare, and one-for-one keeps the
  // folded text as long as the original.
  for (const [from, to] of pairsOf(TSCharacters)) {
    if (from <= 0xffff && to <= 0xffff) map.set(from, String.fromCharCode(to));
  }
  // A regional variant folds as its standard traditional character does; the variant tables
  // also list simplified characters (么 → 幺), which must stay as they are.
  for (const [from, to] of [...pairsOf(TWVariantsRev), ...pairsOf(HKVariantsRev)]) {
    const folded = map.get(to);
    if (from <= 0xffff && !map.has(from) && folded !== undefined) map.set(from, folded);
  }
  return (simplified = map);
}

/** Letters and digits of Latin tokens, lower-cased: ASCII, Latin-1 and Extended, Greek, Cyrillic. */
const WORD_CHARS =
  'a-z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
/** What joins the parts of a name or version: spaces, hyphens and dashes, `_ . / · ・ ' ’ :`. */
const GLUE_CHARS =
  ' \\t\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000\\-\\u2010-\\u2015_./\\u00b7\\u30fb\\u2019\\u0027:';
const WORD = new RegExp(`[${WORD_CHARS}]`, 'u');
const GLUE = new RegExp(`[${GLUE_CHARS}]`, 'u');
/** Glue between two Latin letters or digits (the letter before is kept by `$1`). */
const INNER_GLUE = new RegExp(`([${WORD_CHARS}])[${GLUE_CHARS}]+(?=[${WORD_CHARS}])`, 'gu');

/** A letter or digit of a Latin token, given a folded UTF-16 unit. */
function isWord(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  return c < 0x500 && WORD.test(String.fromCharCode(c));
}

/** What may sit inside a Latin token without counting (never a line break). */
function isGlue(c: number): boolean {
  return GLUE.test(String.fromCharCode(c));
}

/** One code point, folded (NFKC, lower case, simplified). */
function foldPoint(cp: number, map: Map<number, string>): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
  const direct = map.get(cp);
  if (direct !== undefined) return direct;
  if (cp >= 0x4e00 && cp <= 0x9fff) return String.fromCharCode(cp);
  let out = '';
  for (const c of String.fromCodePoint(cp).normalize('NFKC').toLowerCase()) {
    out += map.get(c.codePointAt(0)!) ?? c;
  }
  return out;
}

const MARK = /\p{M}/u;

/** Where the combining marks after a character end (NFKC composes them with it). */
function clusterEnd(text: string, from: number): number {
  let j = from;
  while (
    j < text.length &&
    text.charCodeAt(j) >= 0x300 &&
    MARK.test(String.fromCodePoint(text.codePointAt(j)!))
  ) {
    j += text.codePointAt(j)! > 0xffff ? 2 : 1;
  }
  return j;
}

/** A character with its combining marks, folded. */
function foldCluster(cluster: string, map: Map<number, string>): string {
  let out = '';
  for (const c of cluster.normalize('NFKC').toLowerCase()) out += map.get(c.codePointAt(0)!) ?? c;
  return out;
}

export interface Folded {
  text: string;
  /** `at[i]`: the index in the original text of the folded text's UTF-16 unit `i`. */
  at: Int32Array;
}

/**
 * Fold `text`; with `mapped`, also say where each folded unit came from. Glue after a word is
 * held back until the next unit shows whether it sits inside a token (dropped) or not (kept).
 */
function fold(text: string, mapped: boolean): Folded {
  const map = t2s();
  const out: string[] = [];
  const at: number[] = [];
  let held = '';
  const heldAt: number[] = [];
  let lastWord = false;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const end = clusterEnd(text, i + (cp > 0xffff ? 2 : 1));
    const folded =
      end === i + (cp > 0xffff ? 2 : 1) ? foldPoint(cp, map) : foldCluster(text.slice(i, end), map);
    for (let k = 0; k < folded.length; k++) {
      const c = folded.charCodeAt(k);
      if (isGlue(c) && (lastWord || held)) {
        held += folded[k];
        if (mapped) heldAt.push(i);
        continue;
      }
      const word = isWord(c);
      if (held && !word) {
        out.push(held);
        if (mapped) at.push(...heldAt);
      }
      held = '';
      heldAt.length = 0;
      out.push(folded[k]!);
      if (mapped) at.push(i);
      lastWord = word;
    }
    i = end;
  }
  if (held) {
    out.push(held);
    if (mapped) at.push(...heldAt);
  }
  return { text: out.join(''), at: mapped ? Int32Array.from(at) : new Int32Array(0) };
}

let bmpTable: Uint16Array | null = null;

/** The table for the Basic Multilingual Plane as an array by code unit (0: not folded). */
function bmp(): Uint16Array {
  if (bmpTable) return bmpTable;
  const out = new Uint16Array(0x10000);
  for (const [from, to] of t2s()) {
    if (from <= 0xffff && to.length === 1) out[from] = to.charCodeAt(0);
  }
  return (bmpTable = out);
}

/** Traditional characters to simplified, one UTF-16 unit at a time (pairs of the BMP only). */
function simplify(s: string): string {
  const table = bmp();
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x3400) continue;
    const to = table[c]!;
    if (to === 0) continue;
    out += s.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Fold `text` for search (see above): the same text `foldMapped` gives, built with the engine's
 * own string functions (tens of times faster than going character by character).
 */
export function foldText(text: string): string {
  return simplify(text.normalize('NFKC').toLowerCase()).replace(INNER_GLUE, '$1');
}

/** Fold `text` and keep, for each folded UTF-16 unit, its index in `text`. */
export function foldMapped(text: string): Folded {
  return fold(text, true);
}
