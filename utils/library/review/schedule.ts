import {
  DAY_MS,
  REVIEW_DONE_GROWTH,
  REVIEW_FIRST_GAP_DAYS,
  REVIEW_KEEP_GROWTH,
  REVIEW_MAX_GAP_DAYS,
  REVIEW_MIN_AGE_DAYS,
  REVIEW_PER_DAY,
} from '../hub/limits';

/** When a highlight comes back, and the gap (days) that led there. */
export interface ReviewEntry {
  due: number;
  gap: number;
}

/** The reader's review schedule: kept on this device only. */
export interface ReviewSchedule {
  entries: Record<string, ReviewEntry>;
  /** The local day (`YYYY-MM-DD`) `reviewedToday` counts, and how many were reviewed that day. */
  day: string;
  reviewedToday: number;
}

export const EMPTY_SCHEDULE: ReviewSchedule = { entries: {}, day: '', reviewedToday: 0 };

export type ReviewAnswer = 'keep' | 'done';

/** What the review needs of a highlight. */
export interface Reviewable {
  id: string;
  /** When it was made, in ms. */
  time: number;
}

/** The local calendar day of `now`. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** When a highlight is first due: a while after it was made. */
const firstDue = (it: Reviewable) => it.time + REVIEW_MIN_AGE_DAYS * DAY_MS;

/** Every highlight due at `now`, the longest waiting first. */
export function dueItems<T extends Reviewable>(
  items: readonly T[],
  schedule: ReviewSchedule,
  now: Date,
): T[] {
  const at = now.getTime();
  const due: { it: T; when: number }[] = [];
  for (const it of items) {
    const when = schedule.entries[it.id]?.due ?? firstDue(it);
    if (when <= at) due.push({ it, when });
  }
  return due.sort((a, b) => a.when - b.when || a.it.time - b.it.time).map((d) => d.it);
}

/** How many more the reader is offered today (a few a day, whatever is due). */
export function leftToday(schedule: ReviewSchedule, now: Date): number {
  const done = schedule.day === localDay(now) ? schedule.reviewedToday : 0;
  return Math.max(0, REVIEW_PER_DAY - done);
}

/** Today's review: the due highlights, at most the day's remaining share. */
export function todaysReview<T extends Reviewable>(
  items: readonly T[],
  schedule: ReviewSchedule,
  now: Date,
): T[] {
  return dueItems(items, schedule, now).slice(0, leftToday(schedule, now));
}

/**
 * The schedule after the reader answered for `id`: it comes back later each time — a little later
 * after "keep", much later after "done".
 */
export function answer(
  schedule: ReviewSchedule,
  id: string,
  reply: ReviewAnswer,
  now: Date,
): ReviewSchedule {
  const before = schedule.entries[id]?.gap ?? 0;
  const growth = reply === 'keep' ? REVIEW_KEEP_GROWTH : REVIEW_DONE_GROWTH;
  const gap = Math.min(REVIEW_MAX_GAP_DAYS, Math.max(REVIEW_FIRST_GAP_DAYS, before * growth));
  const today = localDay(now);
  return {
    entries: { ...schedule.entries, [id]: { due: now.getTime() + gap * DAY_MS, gap } },
    day: today,
    reviewedToday: (schedule.day === today ? schedule.reviewedToday : 0) + 1,
  };
}

/** A stored schedule read back; anything malformed is read as an empty schedule. */
export function parseSchedule(raw: unknown): ReviewSchedule {
  if (!raw || typeof raw !== 'object') return EMPTY_SCHEDULE;
  const r = raw as Partial<ReviewSchedule>;
  const entries: Record<string, ReviewEntry> = {};
  if (r.entries && typeof r.entries === 'object') {
    for (const [id, e] of Object.entries(r.entries)) {
      if (e && Number.isFinite(e.due) && Number.isFinite(e.gap))
        entries[id] = { due: e.due, gap: e.gap };
    }
  }
  return {
    entries,
    day: typeof r.day === 'string' ? r.day : '',
    reviewedToday: Number.isFinite(r.reviewedToday) ? Number(r.reviewedToday) : 0,
  };
}
