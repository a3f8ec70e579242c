import { describe, expect, it } from 'vitest';
import { afterPaint } from '../../../utils/view/after-paint';

/** A page whose frames and timers run only when the test says so. */
function fakeView() {
  const frames: (() => void)[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const view = {
    requestAnimationFrame: (fn: FrameRequestCallback) => frames.push(() => fn(0)),
    setTimeout: (fn: () => void, ms?: number) => timers.push({ fn, ms: ms ?? 0 }),
  } as unknown as Pick<Window, 'requestAnimationFrame' | 'setTimeout'>;
  /** Run the timers due within `upTo` ms; the others keep waiting. */
  const runTimers = (upTo: number) => {
    const due = timers.filter((t) => t.ms <= upTo);
    timers.splice(0, timers.length, ...timers.filter((t) => t.ms > upTo));
    for (const t of due) t.fn();
  };
  return { view, frames, timers, runTimers };
}

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

describe('afterPaint', () => {
  it('resolves after the next frame is painted, not before', async () => {
    const { view, frames, runTimers } = fakeView();
    const p = afterPaint(view, 100);
    runTimers(0); // nothing painted yet: no zero-delay timer is waiting
    expect(await settled(p)).toBe(false);
    frames.shift()!(); // the frame: then a task after it
    runTimers(0);
    expect(await settled(p)).toBe(true);
  });

  it('resolves after its wait in a page that paints no frames (a tab in the background)', async () => {
    const { view, frames, runTimers } = fakeView();
    const p = afterPaint(view, 100);
    expect(frames).toHaveLength(1);
    runTimers(99);
    expect(await settled(p)).toBe(false);
    runTimers(100);
    expect(await settled(p)).toBe(true);
  });
});
