/**
 * The text of a root element, as the concatenation of its text nodes in document order, and the
 * mapping between UTF-16 offsets into that text and DOM positions.
 *
 * Text inside script, style, noscript and template elements is not part of the text: readers
 * cannot see or select it.
 */
import { nextInOrder } from '../dom-order';

const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A root's text and where each of its (non-empty) text nodes starts in it. */
export interface TextIndex {
  readonly root: Element;
  readonly text: string;
  readonly nodes: readonly Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`; strictly increasing. */
  readonly starts: readonly number[];
  /** The position of `node` in `nodes`, or -1. */
  nodePosition(node: Node): number;
}

/** A DOM position inside a text node. */
export interface TextPoint {
  node: Text;
  offset: number;
}

function isSkipped(node: Node): boolean {
  return (
    node.nodeType === ELEMENT_NODE && SKIPPED_ELEMENTS.has((node as Element).tagName.toUpperCase())
  );
}

/** Walks `root` once and collects its visible text. */
export function buildTextIndex(root: Element): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      }
    }
    let next: Node | null = isSkipped(node) ? null : node.firstChild;
    while (!next && node && node !== root) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    node = next;
  }
  let positions: Map<Node, number> | null = null;
  const nodePosition = (n: Node): number => {
    positions ??= new Map(nodes.map((t, i) => [t, i]));
    return positions.get(n) ?? -1;
  };
  return { root, text: parts.join(''), nodes, starts, nodePosition };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/** Moves an offset back so it does not split a surrogate pair. */
export function snapBackward(text: string, offset: number): number {
  return splitsSurrogatePair(text, offset) ? offset - 1 : offset;
}

/** Moves an offset forward so it does not split a surrogate pair. */
export function snapForward(text: string, offset: number): number {
  return splitsSurrogatePair(text, offset) ? offset + 1 : offset;
}

/** Index of the last node whose start is `< offset` (`strict`) or `<= offset`. */
function findNode(starts: readonly number[], offset: number, strict: boolean): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = starts[mid] as number;
    if (strict ? start < offset : start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * The DOM position of a text offset. A start position at a node boundary lands at the beginning
 * of the next node, an end position at the end of the previous one.
 */
export function offsetToPoint(
  index: TextIndex,
  offset: number,
  edge: 'start' | 'end',
): TextPoint | null {
  if (index.nodes.length === 0) return null;
  const clamped = Math.max(0, Math.min(offset, index.text.length));
  const i = findNode(index.starts, clamped, edge === 'end');
  const node = index.nodes[i] as Text;
  const nodeOffset = Math.min(clamped - (index.starts[i] as number), node.data.length);
  return { node, offset: Math.max(0, nodeOffset) };
}

/** A Range over `[start, end)` of the index's text, or null when the root has no text. */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range | null {
  const from = offsetToPoint(index, start, 'start');
  const to = offsetToPoint(index, Math.max(start, end), end > start ? 'end' : 'start');
  if (!from || !to) return null;
  const range = index.root.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * The text offset of a DOM boundary point: its offset inside an indexed text node, else the
 * offset of the first indexed text that follows it (points outside the root are clamped).
 */
export function pointToOffset(index: TextIndex, container: Node, offset: number): number {
  const { starts, text } = index;
  const at = index.nodePosition(container);
  if (at >= 0) return (starts[at] as number) + Math.min(offset, (container as Text).data.length);
  let next: Node | null =
    container.nodeType === TEXT_NODE
      ? nextInOrder(container, true)
      : (container.childNodes[offset] ?? nextInOrder(container, true));
  for (; next; next = nextInOrder(next, false)) {
    const i = index.nodePosition(next);
    if (i >= 0) return starts[i] as number;
  }
  return text.length;
}
