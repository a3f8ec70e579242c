import { describe, expect, it } from 'vitest';
import {
  ARM_MS,
  tracksVisibility,
  VISIBILITY_DELAY_MS,
  watchVisibility,
  type VisibilityWindow,
} from '../../../utils/frame/visibility';

type Report = { isIntersecting: boolean; isVisible?: boolean };

/** A window with IntersectionObserver v2 (or v1) and a clock and timers run by the test. */
function fakeWindow(version: 1 | 2 | 0) {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  const observers: FakeObserver[] = [];
  class FakeObserver {
    targets: Element[] = [];
    disconnected = false;
    constructor(
      readonly callback: (entries: Report[]) => void,
      readonly options: Record<string, unknown>,
    ) {
      observers.push(this);
    }
    observe(target: Element) {
      this.targets.push(target);
    }
    disconnect() {
      this.disconnected = true;
    }
  }
  class FakeEntry {}
  if (version === 2) Object.defineProperty(FakeEntry.prototype, 'isVisible', { get: () => false });
  const win: VisibilityWindow = {
    ...(version
      ? {
          IntersectionObserver: FakeObserver as unknown as typeof IntersectionObserver,
          IntersectionObserverEntry: FakeEntry,
        }
      : {}),
    performance: { now: () => now },
    setTimeout: (fn, ms) => (timers.set(next, { at: now + ms, fn }), next++),
    clearTimeout: (id) => void timers.delete(id),
  };
  /** Let `ms` pass, firing the timers due. */
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...timers]) {
      if (t.at <= now) {
        timers.delete(id);
        t.fn();
      }
    }
  };
  /** The browser reports on the frame. */
  const report = (...entries: Report[]) => observers.at(-1)!.callback(entries);
  return { win, advance, report, observers, timers };
}

const target = {} as Element;

describe('whether the frame is verifiably seen', () => {
  it('knows which browsers can tell (IntersectionObserver v2 only)', () => {
    expect(tracksVisibility(fakeWindow(2).win)).toBe(true);
    expect(tracksVisibility(fakeWindow(1).win)).toBe(false);
    expect(tracksVisibility(fakeWindow(0).win)).toBe(false);
  });

  it('asks the browser to track visibility of the frame itself', () => {
    const w = fakeWindow(2);
    watchVisibility(w.win, target);
    expect(w.observers).toHaveLength(1);
    expect(w.observers[0]!.targets).toEqual([target]);
    expect(w.observers[0]!.options).toMatchObject({
      trackVisibility: true,
      delay: VISIBILITY_DELAY_MS,
    });
  });

  it('is not armed before the browser says it is visible, nor right after', () => {
    const w = fakeWindow(2);
    const changes: boolean[] = [];
    const gate = watchVisibility(w.win, target, (a) => changes.push(a));
    expect(gate.tracked).toBe(true);
    expect(gate.armed()).toBe(false);
    w.report({ isIntersecting: true, isVisible: true });
    expect(gate.armed()).toBe(false);
    w.advance(ARM_MS - 1);
    expect(gate.armed()).toBe(false);
    // Positive control: visible for ARM_MS, it is armed, and says so.
    w.advance(10);
    expect(gate.armed()).toBe(true);
    expect(changes).toEqual([true]);
  });

  it('disarms at once when covered, faded or moved (not visible), and must wait again', () => {
    const w = fakeWindow(2);
    const changes: boolean[] = [];
    const gate = watchVisibility(w.win, target, (a) => changes.push(a));
    w.report({ isIntersecting: true, isVisible: true });
    w.advance(ARM_MS + 10);
    expect(gate.armed()).toBe(true);
    w.report({ isIntersecting: true, isVisible: false });
    expect(gate.armed()).toBe(false);
    expect(changes).toEqual([true, false]);
    w.report({ isIntersecting: true, isVisible: true });
    expect(gate.armed()).toBe(false); // the wait starts over
    w.advance(ARM_MS + 10);
    expect(gate.armed()).toBe(true);
  });

  it('counts the newest report, and needs it to intersect too', () => {
    const w = fakeWindow(2);
    const gate = watchVisibility(w.win, target);
    w.report({ isIntersecting: true, isVisible: true }, { isIntersecting: true, isVisible: false });
    w.advance(ARM_MS + 10);
    expect(gate.armed()).toBe(false);
    w.report({ isIntersecting: false, isVisible: true });
    w.advance(ARM_MS + 10);
    expect(gate.armed()).toBe(false);
    w.report({ isIntersecting: true }); // no isVisible: a v1 report does not count
    w.advance(ARM_MS + 10);
    expect(gate.armed()).toBe(false);
    w.report({ isIntersecting: true, isVisible: false }, { isIntersecting: true, isVisible: true });
    w.advance(ARM_MS + 10);
    expect(gate.armed()).toBe(true); // positive control
  });

  it('stops watching when told', () => {
    const w = fakeWindow(2);
    const changes: boolean[] = [];
    const gate = watchVisibility(w.win, target, (a) => changes.push(a));
    w.report({ isIntersecting: true, isVisible: true });
    gate.stop();
    expect(w.observers[0]!.disconnected).toBe(true);
    w.advance(ARM_MS + 10);
    expect(changes).toEqual([]); // the pending report was cancelled
  });

  it('stays open where the browser cannot tell (Firefox): only harmless actions are offered', () => {
    for (const version of [0, 1] as const) {
      const w = fakeWindow(version);
      const changes: boolean[] = [];
      const gate = watchVisibility(w.win, target, (a) => changes.push(a));
      expect(gate.tracked).toBe(false);
      expect(gate.armed()).toBe(true);
      expect(changes).toEqual([true]);
      expect(w.observers).toHaveLength(0);
    }
  });
});
