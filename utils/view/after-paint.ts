/**
 * Resolves once `view` has painted its next frame (work started after it then holds up nothing
 * already drawn), or after `ms` in a page that paints no frames (a tab in the background).
 */
export function afterPaint(
  view: Pick<Window, 'requestAnimationFrame' | 'setTimeout'>,
  ms = 100,
): Promise<void> {
  return new Promise<void>((resolve) => {
    view.requestAnimationFrame(() => view.setTimeout(resolve, 0));
    view.setTimeout(resolve, ms);
  });
}
