/** Where the in-page frame goes: by the reader's selection or click, inside the visible page. */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlaceInput {
  /** The first and last line of the selection (or the clicked point), in viewport coordinates. */
  first: Box;
  last: Box;
  /** The panel's size in CSS pixels. */
  width: number;
  height: number;
  /** The visible part of the page (without scrollbars) and how far it is scrolled. */
  viewportWidth: number;
  viewportHeight: number;
  scrollX: number;
  scrollY: number;
  /** Right-to-left text: the panel hangs from the selection's end on the left. */
  rtl: boolean;
}

/** Distance kept from the selection and from the edges of the window. */
export const GAP = 8;
/** How far the panel reaches back over the end of the selection. */
const OVERLAP = 40;

/**
 * The panel's top-left corner in page coordinates, and the width it may take: below the last
 * line of the selection, above its first line when there is no room below, and always inside the
 * window (narrower than its natural width on very small windows).
 */
export function placePanel(p: PlaceInput): { left: number; top: number; width: number } {
  const width = Math.max(0, Math.min(p.width, p.viewportWidth - 2 * GAP));
  const wanted = p.rtl ? p.last.left + OVERLAP - width : p.last.right - OVERLAP;
  const left = Math.max(GAP, Math.min(wanted, p.viewportWidth - width - GAP));
  const below = p.last.bottom + GAP;
  const above = p.first.top - GAP - p.height;
  const fitsBelow = below + p.height <= p.viewportHeight - GAP;
  const wantedTop = fitsBelow || above < GAP ? below : above;
  // A selection taller than the window: the panel stays in sight.
  const top = Math.max(GAP, Math.min(wantedTop, p.viewportHeight - p.height - GAP));
  return { left: left + p.scrollX, top: top + p.scrollY, width };
}
