/**
 * The quick-read labels (`发布时间`, `来源`, `快速阅读`, `关键词`, `你可能还想读`) and their values.
 * A label is recognized by its text alone — never by class names — in any of these shapes:
 * `发布时间:2025年7月24日 来源:szf` (ASCII or full-width colon, any spaces), `<strong>快速阅读:</strong> …`,
 * `<span>来源</span><span>szf</span>`, `<dt>快速阅读</dt><dd>…</dd>`, label/value `div`s.
 */
import { parseDate } from './dates';
import type { Line, Piece } from './lines';

export const LABELS = {
  published: '发布时间',
  source: '来源',
  summary: '快速阅读',
  keywords: '关键词',
  related: '你可能还想读',
} as const;
export type LabelKind = keyof typeof LABELS;

const AI_NOTICE_RE = /[（(]?\s*以上内容均由\s*AI\s*生成\s*[)）]?/giu;

export interface LabelHit {
  kind: LabelKind;
  line: number;
  /** Where the label starts in the line text. */
  start: number;
  /** Where its value may start (after the colon). */
  end: number;
}

export interface LabelValue {
  text: string;
  /** The text nodes the value came from. */
  pieces: Piece[];
  /** The last line the value uses. */
  lastLine: number;
}

/** Characters that may precede a label inside a line. */
const BEFORE = /[\s|｜·•/\\()（）[\]【】,，;；。.!！?？>》-]/u;
const COLON = /[:：]/;
const OPEN = /[【[［]/u;
const CLOSE = /[】\]］]/u;
const DECORATION = /[\s\p{P}\p{S}]+/gu;

function pieceStarts(line: Line): Set<number> {
  return new Set(line.pieces.map((p) => p.start));
}

/** Where a label's value starts, or -1 when the text at `pos` is not used as a label. */
function labelEnd(text: string, pos: number, label: string, starts: Set<number>): number {
  const atStart = pos === 0 || starts.has(pos);
  if (!(atStart || BEFORE.test(text[pos - 1]!))) return -1;
  const after = pos + label.length;
  let j = after;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  if (j < text.length && COLON.test(text[j]!)) return j + 1;
  // `【快速阅读】…`, `[关键词] …`
  if (pos > 0 && OPEN.test(text[pos - 1]!) && CLOSE.test(text[after] ?? '')) return after + 1;
  if (!atStart) return -1;
  // A label standing alone in its element (`<span>来源</span><span>szf</span>`), or starting the
  // line and followed by spaces (`快速阅读 相关媒体消息…`).
  if (j === text.length || starts.has(after) || starts.has(j)) return j;
  return pos === 0 && j > after ? j : -1;
}

/** A line that is only the label and decoration (`—— 你可能还想读 ——`, `你可能还想读 >>`). */
function onlyLabel(text: string, label: string): boolean {
  return text.length <= label.length + 20 && text.replace(DECORATION, '') === label;
}

/** Every label occurrence in one line, in order. */
export function findLabelsInLine(line: Line): LabelHit[] {
  const text = line.text;
  const hits: LabelHit[] = [];
  let starts: Set<number> | null = null;
  for (const kind of Object.keys(LABELS) as LabelKind[]) {
    const label = LABELS[kind];
    for (let pos = text.indexOf(label); pos >= 0; pos = text.indexOf(label, pos + 1)) {
      starts ??= pieceStarts(line);
      let end = labelEnd(text, pos, label, starts);
      if (end < 0 && kind === 'related' && onlyLabel(text, label)) end = text.length;
      if (end < 0) continue;
      hits.push({ kind, line: line.index, start: pos, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Every label occurrence in the page, in document order. */
export function findLabels(lines: Line[]): LabelHit[] {
  const out: LabelHit[] = [];
  const probe = Object.values(LABELS);
  for (const line of lines) {
    if (!probe.some((l) => line.text.includes(l))) continue;
    out.push(...findLabelsInLine(line));
  }
  return out;
}

/**
 * A short meta value without any further `名称:值` pairs on its line (`szf 作者:张三` → `szf`)
 * nor the separators around it (`szf | 发布时间:…` → `szf`).
 */
export function firstMetaValue(text: string): string {
  return text
    .replace(/\s+[^\s:：]{1,8}\s*[:：].*$/su, '')
    .replace(/^[\s|｜/·•,，;；-]+|[\s|｜/·•,，;；-]+$/gu, '')
    .trim();
}

/** True when the line declares the text AI-generated. */
export function hasAiNotice(text: string): boolean {
  return /以上内容均由\s*AI\s*生成/iu.test(text);
}

/** The line text without the AI notice (and its parentheses). */
export function withoutAiNotice(text: string): string {
  return text.replace(AI_NOTICE_RE, '').trim();
}

function piecesIn(line: Line, from: number, to: number): Piece[] {
  return line.pieces.filter((p, i) => {
    const next = line.pieces[i + 1]?.start ?? line.text.length;
    return p.start < to && next > from;
  });
}

/** The element holding just the label: climb while the parent adds no other text. */
function labelElement(node: Node, label: string): Element | null {
  let el = node.parentElement;
  if (!el) return null;
  const short = (e: Element) => (e.textContent ?? '').replace(/[\s:：]/g, '') === label;
  if (!short(el)) return null;
  while (el.parentElement && short(el.parentElement)) el = el.parentElement;
  return el;
}

/**
 * The value of a label: the rest of its line up to the next label; when that is empty and the
 * label stands alone in its element, the element right after it (`<dt>`→`<dd>`, `div`→`div`).
 */
export function labelValue(
  lines: Line[],
  hit: LabelHit,
  hitsInLine: LabelHit[],
): LabelValue | null {
  const line = lines[hit.line];
  if (!line) return null;
  // A summary may quote a source ("(来源:IDC)"); only structural labels end it.
  const next = hitsInLine.find(
    (h) => h.start >= hit.end && !(hit.kind === 'summary' && h.kind === 'source'),
  );
  const stop = next ? next.start : line.text.length;
  const text = line.text
    .slice(hit.end, stop)
    .replace(/^[\s:：]+/, '')
    .trim();
  if (text) return { text, pieces: piecesIn(line, hit.end, stop), lastLine: line.index };
  if (next) return null;

  const labelPiece = piecesIn(line, hit.start, hit.end)[0];
  const after = lines[line.index + 1];
  if (!labelPiece || !after || after.zone !== line.zone) return null;
  // `快速阅读:<br>text`: the line after the break.
  if (after.soft && after.block === line.block) {
    if (findLabelsInLine(after).length) return null;
    return { text: after.text, pieces: after.pieces, lastLine: after.index };
  }
  const own = labelElement(labelPiece.node, LABELS[hit.kind]);
  if (!own) return null;
  // The value holder: the sibling subtree, under the label's common parent, holding the next line.
  let holder: Element | null = after.pieces[0]!.node.parentElement;
  while (holder && holder.parentElement && !holder.parentElement.contains(own)) {
    holder = holder.parentElement;
  }
  if (!holder || holder.contains(own) || holder.parentElement !== own.parentElement) return null;
  const used: Line[] = [];
  for (let i = after.index; i < lines.length && used.length < 200; i++) {
    const l = lines[i]!;
    if (!holder.contains(l.pieces[0]!.node)) break;
    if (findLabelsInLine(l).length) break;
    used.push(l);
  }
  if (!used.length) return null;
  return {
    text: used.map((l) => l.text).join('\n'),
    pieces: used.flatMap((l) => l.pieces),
    lastLine: used[used.length - 1]!.index,
  };
}

/** The date of a `发布时间` value: a `<time datetime>` inside it wins over its text. */
export function valueDate(value: LabelValue): string | null {
  for (const p of value.pieces) {
    const t = p.node.parentElement?.closest('time[datetime]');
    const iso = t ? parseDate(t.getAttribute('datetime')) : null;
    if (iso) return iso;
  }
  return parseDate(value.text);
}
