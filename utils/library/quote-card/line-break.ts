/**
 * Line breaking for the quote card: Latin words kept whole, CJK text breakable between any two
 * characters, and the kinsoku rules Chinese typesetting follows — no line starts with closing
 * punctuation (it hangs at the end of the line before) and none ends with opening punctuation
 * (it moves to the next line).
 */

/** Characters a line must not start with. */
const NO_START = new Set([...'，。、；：？！）」』》〉】〕｝’”…—～·,.;:?!)]}%％・ー']);
/** Characters a line must not end with. */
const NO_END = new Set([...'（「『《〈【〔｛‘“([{']);
const CJK = /[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

export type Measure = (text: string) => number;

/** The pieces a line may break between: Latin words and spaces whole, CJK one character each. */
export function breakUnits(text: string, language: string): string[] {
  const units: string[] = [];
  const words = new Intl.Segmenter(language, { granularity: 'word' });
  const graphemes = new Intl.Segmenter(language, { granularity: 'grapheme' });
  for (const { segment } of words.segment(text)) {
    if (CJK.test(segment) || segment.length === 1) {
      for (const g of graphemes.segment(segment)) units.push(g.segment);
    } else units.push(segment);
  }
  return units;
}

function splitLong(unit: string, width: number, measure: Measure, language: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const { segment } of new Intl.Segmenter(language, { granularity: 'grapheme' }).segment(
    unit,
  )) {
    if (current && measure(current + segment) > width) {
      parts.push(current);
      current = '';
    }
    current += segment;
  }
  if (current) parts.push(current);
  return parts;
}

/** One paragraph (no line feeds) broken into lines at most `width` wide (hanging punctuation aside). */
function breakParagraph(text: string, width: number, measure: Measure, language: string): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    lines.push(line.trimEnd());
    line = '';
  };
  for (const unit of breakUnits(text, language)) {
    if (!line && /^\s+$/u.test(unit)) continue;
    if (!line || measure(line + unit) <= width) {
      line += unit;
      continue;
    }
    if (NO_START.has(unit[0]!)) {
      line += unit; // hangs past the edge rather than starting the next line
      continue;
    }
    let carry = '';
    while (line.length > 1 && NO_END.has(line.at(-1)!)) {
      carry = line.at(-1)! + carry;
      line = line.slice(0, -1);
    }
    push();
    if (/^\s+$/u.test(unit)) {
      line = carry;
      continue;
    }
    const pieces =
      measure(carry + unit) > width
        ? splitLong(carry + unit, width, measure, language)
        : [carry + unit];
    for (const p of pieces.slice(0, -1)) {
      line = p;
      push();
    }
    line = pieces.at(-1) ?? '';
  }
  if (line) push();
  return lines;
}

/**
 * `text` broken into lines no wider than `width` (by `measure`), at most `maxLines`; a cut text
 * ends in an ellipsis.
 */
export function breakLines(
  text: string,
  width: number,
  measure: Measure,
  language: string,
  maxLines = Infinity,
): string[] {
  const lines = text
    .split(/\r?\n/)
    .flatMap((p) => (p.trim() ? breakParagraph(p.trim(), width, measure, language) : ['']));
  while (lines.length && lines.at(-1) === '') lines.pop();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept.at(-1)!;
  while (last && measure(`${last}…`) > width) last = last.slice(0, -1);
  kept[kept.length - 1] = `${last}…`;
  return kept;
}
