import { describe, expect, it } from 'vitest';
import {
  ANCHOR_RETRY_MS,
  ANCHOR_TRIES,
  pollAnchors,
  type Anchors,
} from '../../../utils/sidepanel/anchor-poll';

/** A page that answers `unknowns` in turn, and a record of what the panel was shown. */
function page(unknowns: number[], live: () => boolean = () => true) {
  const asked: number[] = [];
  const shown: number[] = [];
  const slept: number[] = [];
  let i = 0;
  const poll = {
    ask: async (): Promise<Anchors> => {
      const unknown = unknowns[Math.min(i++, unknowns.length - 1)]!;
      asked.push(unknown);
      return { orphaned: new Set(), unknown };
    },
    sleep: async (ms: number) => {
      slept.push(ms);
    },
    live,
    show: (a: Anchors) => shown.push(a.unknown),
  };
  return { poll, asked, shown, slept };
}

describe('asking the page which highlights it anchored', () => {
  it('asks once when the page reports on every highlight', async () => {
    const p = page([0]);
    await pollAnchors(p.poll);
    expect(p.shown).toEqual([0]);
    expect(p.slept).toEqual([]);
  });

  it('asks again, after a pause, until nothing is left unreported', async () => {
    const p = page([3, 1, 0]);
    await pollAnchors(p.poll);
    expect(p.shown).toEqual([3, 1, 0]);
    expect(p.slept).toEqual([ANCHOR_RETRY_MS, ANCHOR_RETRY_MS]);
  });

  it(`gives up after ${ANCHOR_TRIES} questions`, async () => {
    const p = page([2]);
    await pollAnchors(p.poll);
    expect(p.asked).toHaveLength(ANCHOR_TRIES);
    expect(p.shown).toHaveLength(ANCHOR_TRIES);
  });

  it('stops asking, and shows nothing more, once a newer load took over', async () => {
    let live = true;
    const p = page([2, 2, 2, 2], () => live);
    p.poll.sleep = async (ms: number) => {
      p.slept.push(ms);
      live = false;
    };
    await pollAnchors(p.poll);
    expect(p.asked).toEqual([2]);
    expect(p.shown).toEqual([2]);
  });

  it('does not show an answer that arrives after a newer load took over', async () => {
    let live = true;
    const p = page([0]);
    p.poll.live = () => live;
    const ask = p.poll.ask;
    p.poll.ask = async () => {
      const a = await ask();
      live = false;
      return a;
    };
    await pollAnchors(p.poll);
    expect(p.asked).toEqual([0]);
    expect(p.shown).toEqual([]);
  });
});
