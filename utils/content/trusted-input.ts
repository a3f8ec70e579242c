/**
 * Whether the reader is at the keyboard, mouse or screen right now. Page scripts can dispatch
 * events and change the selection, but they cannot make trusted events (`isTrusted`) nor give the
 * page user activation (`navigator.userActivation`): both come from the reader only.
 */

/** How long after the reader's own input a selection change still counts as theirs. */
export const TRUSTED_WINDOW_MS = 1000;

export function isReaderEvent(event: Event, win: Window): boolean {
  if (!event.isTrusted) return false;
  const activation = (win.navigator as Navigator & { userActivation?: { isActive: boolean } })
    .userActivation;
  return activation ? activation.isActive : true;
}
