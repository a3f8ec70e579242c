import { simplifiedTable } from './t2s';

/**
 * Folding for search: the reader finds an article however either side spells it.
 * - NFKC and lower case: `ＡＩ`, `Ai` and `ai` are one.
 * - Traditional → simplified, character by character from OpenCC's own tables (`./t2s`):
 *   `台積電` and `台积电` are one. Character by character keeps every folded character tied to
 *   one character of the text, so a match can be shown where it is in the original.
 * - Between two Latin letters or digits, spaces, hyphens, dots, slashes and the like are
 *   dropped: `GPT-5`, `GPT 5` and `gpt5` are one, so are `Open AI` and `OpenAI`. Line breaks
 *   stay (they separate a card's fields); `+`, `#`, brackets stay (`C++`, `C#`).
 */

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

/** One character, simplified if the table has it. */
function simplifyChar(c: string, table: Uint16Array): string {
  const to = c.length === 1 ? table[c.charCodeAt(0)]! : 0;
  return to === 0 ? c : String.fromCharCode(to);
}

/** One code point, folded (NFKC, lower case, simplified). */
function foldPoint(cp: number, table: Uint16Array): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
  const direct = cp <= 0xffff ? table[cp]! : 0;
  if (direct !== 0) return String.fromCharCode(direct);
  if (cp >= 0x4e00 && cp <= 0x9fff) return String.fromCharCode(cp);
  let out = '';
  for (const c of String.fromCodePoint(cp).normalize('NFKC').toLowerCase()) {
    out += simplifyChar(c, table);
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
function foldCluster(cluster: string, table: Uint16Array): string {
  let out = '';
  for (const c of cluster.normalize('NFKC').toLowerCase()) out += simplifyChar(c, table);
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
  const table = simplifiedTable();
  const out: string[] = [];
  const at: number[] = [];
  let held = '';
  const heldAt: number[] = [];
  let lastWord = false;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const end = clusterEnd(text, i + (cp > 0xffff ? 2 : 1));
    const folded =
      end === i + (cp > 0xffff ? 2 : 1)
        ? foldPoint(cp, table)
        : foldCluster(text.slice(i, end), table);
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

/** Traditional characters to simplified, one UTF-16 unit at a time (pairs of the BMP only). */
function simplify(s: string): string {
  // The table is built on the first CJK character: folding a query of Latin letters (or none)
  // does not pay for it.
  let table: Uint16Array | null = null;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x3400) continue;
    table ??= simplifiedTable();
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

/**
 * The line of `text` that holds unit `index` of its folded text (`folded`, `foldText(text)`),
 * folded with each unit's index in `text`. Folding keeps line breaks one for one and never
 * joins across them, so the line is found by counting them, and only it is folded character
 * by character.
 */
export function foldMappedLine(text: string, folded: string, index: number): Folded {
  let start = 0;
  for (let b = folded.indexOf('\n'); b >= 0 && b < index; b = folded.indexOf('\n', b + 1)) {
    start = text.indexOf('\n', start) + 1;
    if (start === 0) return foldMapped(text); // the breaks did not line up: fold it all
  }
  const stop = text.indexOf('\n', start);
  const line = fold(text.slice(start, stop < 0 ? text.length : stop), true);
  return { text: line.text, at: line.at.map((i) => i + start) };
}
