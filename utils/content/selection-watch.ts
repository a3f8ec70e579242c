/** How long a selection must stay still (keyboard, touch, scripts) before it is offered. */
export const SETTLE_MS = 250;

/**
 * Call `onSettled` when the reader has finished selecting: at once when the mouse is released,
 * otherwise when the selection has not changed for a moment (keyboard and touch selections, and
 * selections made by scripts). Nothing happens while a mouse button is down, nor when `ignore()`
 * says the change came from the extension's own UI (typing a note). Listeners end with `signal`.
 */
export function watchSelection(
  doc: Document,
  signal: AbortSignal,
  onSettled: () => void,
  ignore: () => boolean = () => false,
): void {
  const win = doc.defaultView;
  if (!win) return;
  let pressed = false;
  let timer: number | undefined;
  const settle = (delay: number) => {
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      if (!pressed && !signal.aborted && !ignore()) onSettled();
    }, delay);
  };
  // Bubbling, not capturing: the in-page UI's shadow root keeps its own mouse events to itself.
  const options = { signal, passive: true };
  doc.addEventListener('mousedown', () => void (pressed = true), options);
  doc.addEventListener(
    'mouseup',
    () => {
      pressed = false;
      settle(0);
    },
    options,
  );
  doc.addEventListener('selectionchange', () => settle(SETTLE_MS), options);
  signal.addEventListener('abort', () => win.clearTimeout(timer));
}
