import { caretAt, caretOf, type TextPoint } from './reader-start';
import { isReaderEvent, TRUSTED_WINDOW_MS } from './trusted-input';

/** How long a selection must stay still (keyboard and touch selections) before it is offered. */
export const SETTLE_MS = 250;

interface Watch {
  /** A mouse button of the reader's is down. */
  pressed: boolean;
  /** Where the reader started selecting. */
  start: TextPoint | null;
}

/** Where the reader starts a selection: their press or touch, or the caret as Shift goes down. */
function watchStarts(
  doc: Document,
  options: AddEventListenerOptions,
  watch: Watch,
  onStart: () => void,
): void {
  doc.addEventListener(
    'mousedown',
    (e) => {
      if (!e.isTrusted) return;
      watch.pressed = true;
      if (e.button === 0) watch.start = caretAt(doc, e.clientX, e.clientY);
      onStart();
    },
    options,
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted || !e.shiftKey) return;
      const selection = doc.getSelection();
      // A new keyboard selection starts at the caret; one being extended keeps its start.
      if (!selection || selection.isCollapsed) watch.start = caretOf(selection);
      onStart();
    },
    options,
  );
  doc.addEventListener(
    'touchstart',
    (e) => {
      const touch = e.isTrusted ? e.touches[0] : undefined;
      if (touch) watch.start = caretAt(doc, touch.clientX, touch.clientY);
    },
    options,
  );
}

/**
 * Call `onSettled` when the reader has finished selecting: at once when they release the mouse,
 * otherwise when the selection has not changed for a moment after their own keys or touches. It is
 * given where the reader started (their trusted press, or the caret when they began selecting with
 * the keyboard): a selection that does not hold that point is not theirs (reader-start.ts).
 * Only the reader's input counts: events a script dispatches and selections a script makes are
 * ignored. Nothing happens while a mouse button is down. `onStart` is told when the reader may be
 * starting a selection (a press of the mouse, Shift held). Listeners end with `signal`.
 */
export function watchSelection(
  doc: Document,
  signal: AbortSignal,
  onSettled: (start: TextPoint | null) => void,
  onStart: () => void = () => undefined,
): void {
  const win = doc.defaultView;
  if (!win) return;
  const watch: Watch = { pressed: false, start: null };
  let timer: number | undefined;
  let lastInput = -Infinity;
  const settle = (delay: number) => {
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      if (!watch.pressed && !signal.aborted) onSettled(watch.start);
    }, delay);
  };
  /** Keys and touches that may go on changing the selection after the event itself. */
  const reader = (event: Event) => {
    if (!isReaderEvent(event, win)) return false;
    lastInput = win.performance.now();
    return true;
  };
  // Bubbling and passive: the page's own handlers run as they always did.
  const options = { signal, passive: true };
  watchStarts(doc, options, watch, onStart);
  doc.addEventListener(
    'mouseup',
    (e) => {
      if (!e.isTrusted) return;
      watch.pressed = false;
      // A mouse selection is complete on release: later changes are not the reader's.
      if (isReaderEvent(e, win)) settle(0);
    },
    options,
  );
  doc.addEventListener('keyup', (e) => void (reader(e) && settle(SETTLE_MS)), options);
  doc.addEventListener('touchend', (e) => void (reader(e) && settle(SETTLE_MS)), options);
  doc.addEventListener(
    'selectionchange',
    () => {
      if (win.performance.now() - lastInput < TRUSTED_WINDOW_MS) settle(SETTLE_MS);
    },
    options,
  );
  signal.addEventListener('abort', () => win.clearTimeout(timer));
}
