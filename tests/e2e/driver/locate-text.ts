// Runs inside a page (passed to `evaluate`): it must not use anything from its module's scope.
// (Used by the journeys of both browsers and by the Chromium tests' page-text.ts.)

export interface TextSpot {
  start: { x: number; y: number };
  middle: { x: number; y: number };
  end: { x: number; y: number };
}

/**
 * Find `needle` in one text node of the page, scroll it into view, optionally select it the way a
 * script would (a `Range` and a dispatched `mouseup`), and return where its first and last lines are
 * on screen (viewport coordinates).
 */
export function locateText([needle, select]: readonly [string, boolean]): TextSpot {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.textContent?.indexOf(needle) ?? -1;
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + needle.length);
    if (select) {
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      n.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    } else {
      n.parentElement!.scrollIntoView({ block: 'center' });
    }
    const rects = range.getClientRects();
    const first = rects[0]!;
    const last = rects[rects.length - 1]!;
    return {
      start: { x: first.left + 1, y: first.top + first.height / 2 },
      middle: { x: first.left + Math.min(10, first.width / 2), y: first.top + first.height / 2 },
      end: { x: last.right - 1, y: last.top + last.height / 2 },
    };
  }
  throw new Error(`text not on the page: ${needle}`);
}
