import type { Highlight } from '../schemas/records';

/** Characters of the body shown on each side of a highlight. */
export const EXCERPT_CONTEXT = 120;

export interface Excerpt {
  highlight: Highlight;
  before: string;
  text: string;
  after: string;
  /** The highlight's text was not found in the saved body (the page changed since). */
  missing: boolean;
}

/** Where a highlight sits in the saved body: its position if the text is still there, else its quote. */
function locate(body: string, h: Highlight): number {
  const { start, end, exact } = h.selector;
  if (body.slice(start, end) === exact) return start;
  return body.indexOf(exact);
}

/** The body around each highlight, in reading order, cut at `EXCERPT_CONTEXT` characters. */
export function highlightExcerpts(body: string, highlights: readonly Highlight[]): Excerpt[] {
  return highlights.map((highlight) => {
    const at = locate(body, highlight);
    if (at < 0) return { highlight, before: '', text: highlight.text, after: '', missing: true };
    const end = at + highlight.selector.exact.length;
    const from = Math.max(0, at - EXCERPT_CONTEXT);
    const to = Math.min(body.length, end + EXCERPT_CONTEXT);
    return {
      highlight,
      before: (from > 0 ? '…' : '') + body.slice(from, at),
      text: body.slice(at, end),
      after: body.slice(end, to) + (to < body.length ? '…' : ''),
      missing: false,
    };
  });
}
