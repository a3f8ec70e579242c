import { describe, expect, it } from 'vitest';
import {
  EMPTY_SCHEDULE,
  answer,
  dueItems,
  parseSchedule,
  todaysReview,
  type ReviewSchedule,
} from '../../../utils/library/review/schedule';
import { REVIEW_PER_DAY } from '../../../utils/library/hub/limits';

const DAY = 86_400_000;
const NOW = new Date(2026, 11, 2, 9, 0);
const made = (id: string, daysAgo: number) => ({ id, time: NOW.getTime() - daysAgo * DAY });

describe('the daily review', () => {
  const items = [made('new', 0.5), made('old', 30), made('mid', 5)];

  it('offers highlights a couple of days old, the longest waiting first', () => {
    expect(dueItems(items, EMPTY_SCHEDULE, NOW).map((i) => i.id)).toEqual(['old', 'mid']);
  });

  it('brings a highlight back later each time: after keep a little, after done much later', () => {
    let s: ReviewSchedule = answer(EMPTY_SCHEDULE, 'old', 'keep', NOW);
    expect(dueItems(items, s, NOW).map((i) => i.id)).toEqual(['mid']);
    const gap1 = s.entries.old!.gap;
    s = answer(s, 'old', 'keep', new Date(s.entries.old!.due));
    const gap2 = s.entries.old!.gap;
    expect(gap2).toBeGreaterThan(gap1);
    const done = answer(EMPTY_SCHEDULE, 'x', 'done', NOW);
    const doneTwice = answer(done, 'x', 'done', new Date(done.entries.x!.due));
    const keptTwice = answer(answer(EMPTY_SCHEDULE, 'x', 'keep', NOW), 'x', 'keep', NOW);
    expect(doneTwice.entries.x!.gap).toBeGreaterThan(keptTwice.entries.x!.gap);
    // Due again once the gap has passed.
    const later = new Date(s.entries.old!.due + 1);
    expect(dueItems(items, s, later).map((i) => i.id)).toContain('old');
  });

  it('offers a few a day, and a new day starts afresh', () => {
    const many = Array.from({ length: 20 }, (_, i) => made(`h${i}`, 10 + i));
    let s = EMPTY_SCHEDULE;
    expect(todaysReview(many, s, NOW)).toHaveLength(REVIEW_PER_DAY);
    for (const it of todaysReview(many, s, NOW)) s = answer(s, it.id, 'done', NOW);
    expect(todaysReview(many, s, NOW)).toHaveLength(0);
    expect(todaysReview(many, s, new Date(NOW.getTime() + DAY))).toHaveLength(REVIEW_PER_DAY);
  });

  it('reads a damaged stored schedule as empty rather than failing', () => {
    expect(parseSchedule(undefined)).toEqual(EMPTY_SCHEDULE);
    expect(parseSchedule('x')).toEqual(EMPTY_SCHEDULE);
    expect(
      parseSchedule({ entries: { a: { due: 'soon', gap: 1 }, b: { due: 5, gap: 3 } }, day: 7 }),
    ).toEqual({ entries: { b: { due: 5, gap: 3 } }, day: '', reviewedToday: 0 });
  });
});
