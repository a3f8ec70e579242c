/**
 * Where the reader started a selection. A page can set a selection of its own at any moment — at
 * the reader's trusted mouseup, say — but it cannot move where the reader pressed the mouse or
 * where the caret stood when they started selecting with the keyboard. A selection counts as the
 * reader's only when it holds that point.
 */
export interface TextPoint {
  node: Node;
  offset: number;
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The text position under a viewport point, or null. */
export function caretAt(doc: Document, x: number, y: number): TextPoint | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint.call(doc, x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint.call(doc, x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The caret (or the anchor of the selection) now: where a keyboard selection starts. */
export function caretOf(selection: Selection | null): TextPoint | null {
  if (!selection?.anchorNode) return null;
  return { node: selection.anchorNode, offset: selection.anchorOffset };
}

/** How far (in characters of one text node) a pressed point may sit from the selection's edge. */
const SLACK = 2;

/** True when `range` holds the point the reader started from (its edges included). */
export function startedBy(range: Range, start: TextPoint | null): boolean {
  if (!start) return false;
  const near = (node: Node, offset: number) =>
    node === start.node && Math.abs(offset - start.offset) <= SLACK;
  if (near(range.startContainer, range.startOffset) || near(range.endContainer, range.endOffset))
    return true;
  try {
    return range.comparePoint(start.node, start.offset) === 0;
  } catch {
    return false; // another document, or a doctype
  }
}
