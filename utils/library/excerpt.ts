import type { Highlight } from '../schemas/records';
import { locateHighlight, type SavedTexts, type TextPart } from './reader/locate';

/** Characters of the body shown on each side of a highlight. */
export const EXCERPT_CONTEXT = 120;

export interface Excerpt {
  highlight: Highlight;
  before: string;
  text: string;
  after: string;
  /** Where the highlight was found: the body, or the quick-read summary box. */
  part: TextPart;
  /** The highlight's text was found in neither the saved body nor the summary (the page changed). */
  missing: boolean;
}

/** The saved text around each highlight (body or summary), cut at `EXCERPT_CONTEXT` characters. */
export function highlightExcerpts(
  texts: SavedTexts | string,
  highlights: readonly Highlight[],
): Excerpt[] {
  const saved = typeof texts === 'string' ? { bodyText: texts, summary: null } : texts;
  return highlights.map((highlight) => {
    const at = locateHighlight(saved, highlight.selector);
    if (!at) {
      return {
        highlight,
        before: '',
        text: highlight.text,
        after: '',
        part: 'body',
        missing: true,
      };
    }
    const source = at.part === 'summary' ? (saved.summary ?? '') : saved.bodyText;
    const from = Math.max(0, at.start - EXCERPT_CONTEXT);
    const to = Math.min(source.length, at.end + EXCERPT_CONTEXT);
    return {
      highlight,
      before: (from > 0 ? '…' : '') + source.slice(from, at.start),
      text: source.slice(at.start, at.end),
      after: source.slice(at.end, to) + (to < source.length ? '…' : ''),
      part: at.part,
      missing: false,
    };
  });
}
