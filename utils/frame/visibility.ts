/**
 * Whether the in-page frame is verifiably seen by the reader right now. A page can cover the
 * frame, make it transparent, transform it or move it under the pointer; Chromium's
 * IntersectionObserver v2 (`trackVisibility`) tells a frame when anything of that kind is done to
 * it. The frame's buttons act only while it is visible and has been for `ARM_MS` (a control that
 * appears under a moving pointer is not clicked by accident). Where the browser has no such
 * observer (Firefox) the gate stays open: there the frame offers only harmless, undoable actions.
 */

/** How long the frame must have been visible before its buttons act. */
export const ARM_MS = 300;
/** The observer's own delay between reports (the API requires at least 100 ms). */
export const VISIBILITY_DELAY_MS = 100;

interface VisibilityEntry {
  isVisible?: boolean;
  isIntersecting: boolean;
}

export interface VisibilityWindow {
  IntersectionObserver?: typeof IntersectionObserver;
  IntersectionObserverEntry?: { prototype: object };
  performance: { now(): number };
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface VisibilityGate {
  /** True when a click on the frame now may act. */
  armed(): boolean;
  /** Whether this browser can tell (Chromium) or the gate is always open (Firefox). */
  readonly tracked: boolean;
  stop(): void;
}

/** True when the browser reports occlusion and effects to a frame (IntersectionObserver v2). */
export function tracksVisibility(win: VisibilityWindow): boolean {
  const proto = win.IntersectionObserverEntry?.prototype;
  return !!win.IntersectionObserver && !!proto && 'isVisible' in proto;
}

/** Watch `target` (the frame's own content) and call `onChange` when the gate opens or closes. */
export function watchVisibility(
  win: VisibilityWindow,
  target: Element,
  onChange: (armed: boolean) => void = () => undefined,
): VisibilityGate {
  if (!tracksVisibility(win)) {
    onChange(true);
    return { armed: () => true, tracked: false, stop: () => undefined };
  }
  let visibleSince: number | null = null;
  let timer = 0;
  const armed = () => visibleSince !== null && win.performance.now() - visibleSince >= ARM_MS;
  const Observer = win.IntersectionObserver!;
  const observer = new Observer(
    (entries) => {
      const last = entries[entries.length - 1] as VisibilityEntry | undefined;
      if (!last) return;
      const visible = last.isIntersecting && last.isVisible === true;
      win.clearTimeout(timer);
      if (!visible) {
        visibleSince = null;
        onChange(false);
        return;
      }
      visibleSince ??= win.performance.now();
      timer = win.setTimeout(() => onChange(armed()), ARM_MS + 5);
    },
    // trackVisibility and delay are IntersectionObserver v2 (not in every type library yet).
    {
      threshold: [0, 1],
      trackVisibility: true,
      delay: VISIBILITY_DELAY_MS,
    } as IntersectionObserverInit,
  );
  observer.observe(target);
  return {
    armed,
    tracked: true,
    stop() {
      win.clearTimeout(timer);
      observer.disconnect();
    },
  };
}
