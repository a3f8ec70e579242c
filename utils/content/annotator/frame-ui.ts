import type { Selector } from '../../schemas/records';
import type { BackgroundType, RequestOf, ResponseOf } from '../../messages/types';
import type { FrameTheme } from '../../messages/broadcasts';
import { TOOLBAR_HEIGHT, TOOLBAR_WIDTH } from '../../frame/toolbar-size';
import type { FrameAnchor, FrameHost } from './frame-host';
import type { Painted } from './painted';
import { highlightableRange } from '../selection';
import { startedBy, type TextPoint } from '../reader-start';

export interface FrameUiDeps {
  doc: Document;
  win: Window;
  send: <T extends BackgroundType>(type: T, data: RequestOf<T>) => Promise<ResponseOf<T>>;
  frame: () => FrameHost | null;
  theme: (near: Element | null) => FrameTheme;
  painted: Pick<Painted, 'hitTest' | 'setActive'>;
  /** The selector of a selection, described in the root that holds it. */
  selectorOf: (range: Range) => Selector;
  /** The page's canonical address, when it is a recognized article. */
  canonical: () => string | null;
  warn: (e: unknown) => void;
}

interface FrameUiState {
  /** What the frame shows: the toolbar by a selection, or by a clicked painted highlight. */
  showing: 'toolbar' | 'painted' | null;
  /** The selection the toolbar was offered for. */
  offered: Range | null;
}

const boxOf = (r: DOMRectReadOnly) => ({
  left: r.left,
  top: r.top,
  right: r.right,
  bottom: r.bottom,
});

export function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

/** Where the frame goes for a selection: by its first and last lines, in its direction. */
export function anchorOf(win: Window, range: Range): FrameAnchor {
  const rects = range.getClientRects();
  const whole = range.getBoundingClientRect();
  const first = rects[0] ?? whole;
  const last = rects[rects.length - 1] ?? whole;
  const el = range.startContainer.parentElement;
  const rtl = !!el && win.getComputedStyle(el).direction === 'rtl';
  return { first: boxOf(first), last: boxOf(last), rtl };
}

function closeUi(deps: FrameUiDeps, state: FrameUiState): void {
  const frame = deps.frame();
  state.showing = null;
  if (!frame?.isOpen()) return;
  frame.close();
  deps.painted.setActive(null);
  deps.send('ui/close', {}).catch(deps.warn);
}

/**
 * The reader finished a selection: offer the toolbar for it, or close it. A selection that does
 * not hold the point the reader started from was set by the page: it is not offered.
 */
function offerToolbar(deps: FrameUiDeps, state: FrameUiState, start: TextPoint | null): void {
  const found = highlightableRange(deps.doc.getSelection());
  const range = found && startedBy(found, start) ? found : null;
  const frame = deps.frame();
  // No selection of the reader's closes the toolbar (not one a click opened on a highlight).
  if (!range) return void (state.showing === 'toolbar' && closeUi(deps, state));
  if (!frame || (state.showing === 'toolbar' && state.offered && sameRange(state.offered, range)))
    return;
  const selector = deps.selectorOf(range);
  state.showing = 'toolbar';
  state.offered = range;
  const theme = deps.theme(range.startContainer.parentElement);
  // The background says whether the reader wants the toolbar here (options: toolbar-sites).
  deps
    .send('ui/toolbar', { selector, canonical: deps.canonical(), theme })
    .then(({ shown }) => {
      if (state.offered !== range) return;
      if (shown) frame.open(anchorOf(deps.win, range), TOOLBAR_WIDTH, TOOLBAR_HEIGHT);
      else state.showing = null;
    })
    .catch((e) => {
      frame.close();
      deps.warn(e);
    });
}

/**
 * The reader clicked the page: the highlight under the click, if any, is selected in the side
 * panel when one shows this tab, else the frame offers its colors and Note.
 */
function openPainted(deps: FrameUiDeps, state: FrameUiState, x: number, y: number): boolean {
  if (!deps.doc.getSelection()?.isCollapsed) return false;
  const id = deps.painted.hitTest(x, y);
  const frame = deps.frame();
  if (!id || !frame) {
    closeUi(deps, state);
    return false;
  }
  deps.painted.setActive(id);
  const at = { left: x, top: y, right: x + 1, bottom: y + 4 };
  const theme = deps.theme(deps.doc.elementFromPoint(x, y));
  deps
    .send('highlight/clicked', { id })
    .then(({ handledByPanel }) => {
      if (handledByPanel) return;
      state.showing = 'painted';
      frame.open({ first: at, last: at, rtl: false }, TOOLBAR_WIDTH, TOOLBAR_HEIGHT);
      return deps.send('ui/painted', { id, canonical: deps.canonical(), theme });
    })
    .catch((e) => {
      frame.close();
      deps.warn(e);
    });
  return true;
}

/** The frame's size changed, or it was closed by the reader in the frame. */
function frameRequest(
  deps: FrameUiDeps,
  state: FrameUiState,
  open: boolean,
  width?: number,
  height?: number,
): void {
  const frame = deps.frame();
  if (open) {
    if (width !== undefined && height !== undefined) frame?.resize(width, height);
    return;
  }
  // The selection the toolbar was offered for is done with (highlighted, or dismissed): it is
  // let go, so a click on it next is a click on the page, not on a selection.
  const current = highlightableRange(deps.doc.getSelection());
  if (state.showing === 'toolbar' && state.offered && current && sameRange(state.offered, current))
    deps.doc.getSelection()?.removeAllRanges();
  state.showing = null;
  state.offered = null;
  frame?.close();
  deps.painted.setActive(null);
}

/** Highlight the selection after the reader's shortcut or menu entry (the background checks). */
async function highlightSelection(deps: FrameUiDeps, state: FrameUiState): Promise<boolean> {
  const range = highlightableRange(deps.doc.getSelection());
  if (!range) return false;
  const selector = deps.selectorOf(range);
  await deps.send('page/highlight-selection', { selector, canonical: deps.canonical() });
  deps.doc.getSelection()?.removeAllRanges();
  closeUi(deps, state);
  return true;
}

/** What the in-page frame shows, and when: the toolbar by a selection, or by a clicked highlight. */
export function createFrameUi(deps: FrameUiDeps) {
  const state: FrameUiState = { showing: null, offered: null };
  return {
    close: () => closeUi(deps, state),
    onSelection: (start: TextPoint | null) => offerToolbar(deps, state, start),
    onClick: (clientX: number, clientY: number) => openPainted(deps, state, clientX, clientY),
    frameRequest: (open: boolean, width?: number, height?: number) =>
      frameRequest(deps, state, open, width, height),
    highlightSelection: () => highlightSelection(deps, state),
  };
}
