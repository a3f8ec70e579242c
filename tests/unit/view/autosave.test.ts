import { describe, expect, it } from 'vitest';
import { createAutosave, type SaveState } from '../../../utils/view/autosave';

/** Timers run by hand: `tick()` fires every timer due. */
function manualTimers() {
  let next = 1;
  const due = new Map<number, () => void>();
  return {
    setTimeout: (fn: () => void) => {
      due.set(next, fn);
      return next++;
    },
    clearTimeout: (id: number) => void due.delete(id),
    tick() {
      const fns = [...due.values()];
      due.clear();
      fns.forEach((fn) => fn());
    },
    pending: () => due.size,
  };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

function setUp(save: (text: string) => Promise<void> = async () => undefined) {
  const timers = manualTimers();
  const writes: string[] = [];
  const states: SaveState[] = [];
  const saver = createAutosave(
    async (text) => {
      writes.push(text);
      await save(text);
    },
    (s) => states.push(s),
    timers,
  );
  return { timers, writes, states, saver };
}

describe('a note that writes itself after a pause', () => {
  it('writes once, the last text, after the reader stops typing', async () => {
    const { timers, writes, states, saver } = setUp();
    saver.input('a');
    saver.input('ab');
    saver.input('abc');
    expect(writes).toEqual([]);
    expect(saver.busy()).toBe(true);
    timers.tick();
    await settle();
    expect(writes).toEqual(['abc']);
    expect(states.at(-1)).toBe('saved');
    expect(saver.busy()).toBe(false);
  });

  it('writes at once on flush (the field lost focus), and not again after the pause', async () => {
    const { timers, writes, saver } = setUp();
    saver.input('note');
    await saver.flush();
    expect(writes).toEqual(['note']);
    expect(timers.pending()).toBe(0);
    timers.tick();
    await settle();
    expect(writes).toEqual(['note']);
  });

  it('one write at a time: text typed during a write is written after it', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const { writes, states, saver } = setUp((text) =>
      text === 'first' ? gate : Promise.resolve(),
    );
    saver.input('first');
    const first = saver.flush();
    saver.input('second');
    const second = saver.flush();
    await settle();
    expect(writes).toEqual(['first']);
    release();
    await Promise.all([first, second]);
    expect(writes).toEqual(['first', 'second']);
    expect(states.at(-1)).toBe('saved');
  });

  it('says when a write failed', async () => {
    const { states, saver } = setUp(() => Promise.reject(new Error('gone')));
    saver.input('x');
    await saver.flush();
    expect(states.at(-1)).toBe('error');
  });
});
