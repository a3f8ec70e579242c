/**
 * The pieces of text nodes a range covers, and wrapping them in `<mark>` elements: the way to
 * paint highlights in browsers without the CSS Custom Highlight API.
 */
import { MARK_ACTIVE_ATTRIBUTE, MARK_COLOR_ATTRIBUTE, MARK_ID_ATTRIBUTE } from './colors';
import type { HighlightColor } from '../schemas/records';
import { nextInOrder } from '../dom-order';

export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

const TEXT_NODE = 3;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** Elements in which a `<mark>` around whitespace would be misplaced. */
const NO_PHRASING = new Set([
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'COLGROUP',
  'UL',
  'OL',
  'DL',
  'SELECT',
]);

function isSkipped(node: Node): boolean {
  return node.nodeType === 1 && SKIPPED.has((node as Element).tagName.toUpperCase());
}

/** The non-empty pieces of text nodes inside `range`, in document order. */
export function textSegments(range: Range): TextSegment[] {
  const { startContainer, startOffset, endContainer, endOffset } = range;
  if (range.collapsed) return [];
  const first =
    startContainer.nodeType === TEXT_NODE
      ? startContainer
      : (startContainer.childNodes[startOffset] ?? nextInOrder(startContainer, true));
  const stop =
    endContainer.nodeType === TEXT_NODE
      ? null
      : (endContainer.childNodes[endOffset] ?? nextInOrder(endContainer, true));
  const segments: TextSegment[] = [];
  for (let node = first; node && node !== stop; node = nextInOrder(node, isSkipped(node))) {
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      const start = text === startContainer ? startOffset : 0;
      const end = text === endContainer ? endOffset : text.data.length;
      if (end > start) segments.push({ node: text, start, end });
      if (text === endContainer) break;
    }
  }
  return segments;
}

function isMisplacedWhitespace(segment: TextSegment): boolean {
  const text = segment.node.data.slice(segment.start, segment.end);
  if (/\S/.test(text)) return false;
  const parent = segment.node.parentElement;
  return text.includes('\n') || (!!parent && NO_PHRASING.has(parent.tagName.toUpperCase()));
}

/** Wraps the text of `range` in `<mark>` elements tagged with the highlight's id and color. */
export function wrapRange(range: Range, id: string, color: HighlightColor): HTMLElement[] {
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const segments = textSegments(range).filter((s) => !isMisplacedWhitespace(s));
  return segments.map(({ node, start, end }) => {
    if (end < node.data.length) node.splitText(end);
    const piece = start > 0 ? node.splitText(start) : node;
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ID_ATTRIBUTE, id);
    mark.setAttribute(MARK_COLOR_ATTRIBUTE, color);
    piece.parentNode?.insertBefore(mark, piece);
    mark.appendChild(piece);
    return mark;
  });
}

/** Marks a highlight's elements as the active one, or not. */
export function setMarksActive(marks: readonly HTMLElement[], active: boolean): void {
  for (const mark of marks) {
    if (active) mark.setAttribute(MARK_ACTIVE_ATTRIBUTE, '');
    else mark.removeAttribute(MARK_ACTIVE_ATTRIBUTE);
  }
}

/** Puts the text of `<mark>` elements back in place and merges the text nodes it was split into. */
export function unwrapMarks(marks: readonly HTMLElement[]): void {
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
