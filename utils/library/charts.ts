import type { ArticleCard } from '../db';
import { addDays, localDay, weekStart } from './dates';

/** How far back the pictures look. */
export const CHART_WEEKS = 12;
/** How many keywords or sources get a line of their own. */
export const CHART_SERIES = 5;

export interface ChartSeries {
  label: string;
  values: number[];
}

/** One chart's data: buckets (local days, or the Monday of each week) and a few series over them. */
export interface ChartData {
  /** `YYYY-MM-DD` of each bucket (a day, or the first day of a week). */
  buckets: string[];
  /** Days per bucket: 1 or 7. */
  span: 1 | 7;
  series: ChartSeries[];
}

/** The Mondays of the last `CHART_WEEKS` weeks, oldest first, ending with the week of `today`. */
export function lastWeeks(today: string): string[] {
  const last = weekStart(today);
  return Array.from({ length: CHART_WEEKS }, (_, i) => addDays(last, (i - CHART_WEEKS + 1) * 7));
}

/** The last `CHART_WEEKS × 7` local days, oldest first, ending with `today`. */
export function lastDays(today: string): string[] {
  const n = CHART_WEEKS * 7;
  return Array.from({ length: n }, (_, i) => addDays(today, i - n + 1));
}

/** Weekly counts of the values `pick` gives each card, for the `CHART_SERIES` most frequent. */
function weeklyTop(
  cards: readonly ArticleCard[],
  today: string,
  pick: (c: ArticleCard) => readonly string[],
): ChartData {
  const buckets = lastWeeks(today);
  const at = new Map(buckets.map((b, i) => [b, i]));
  const perValue = new Map<string, number[]>();
  for (const card of cards) {
    const i = at.get(weekStart(localDay(card.savedAt) || today));
    if (i === undefined) continue;
    for (const value of new Set(pick(card))) {
      let row = perValue.get(value);
      if (!row) perValue.set(value, (row = new Array<number>(buckets.length).fill(0)));
      row[i]!++;
    }
  }
  const total = (row: number[]) => row.reduce((a, b) => a + b, 0);
  const series = [...perValue]
    .map(([label, values]) => ({ label, values }))
    .sort((a, b) => total(b.values) - total(a.values) || a.label.localeCompare(b.label))
    .slice(0, CHART_SERIES);
  return { buckets, span: 7, series };
}

/** The top keywords, counted per week over the last 12 weeks (by save date). */
export function keywordsByWeek(cards: readonly ArticleCard[], today: string): ChartData {
  return weeklyTop(cards, today, (c) => c.keywords);
}

/** The top sources, counted per week over the last 12 weeks (by save date). */
export function sourcesByWeek(cards: readonly ArticleCard[], today: string): ChartData {
  return weeklyTop(cards, today, (c) => (c.source ? [c.source] : []));
}

/** Articles saved and highlights made per day over the last 12 weeks. */
export function activityByDay(
  cards: readonly ArticleCard[],
  today: string,
  labels: { saved: string; highlighted: string },
): ChartData {
  const buckets = lastDays(today);
  const at = new Map(buckets.map((b, i) => [b, i]));
  const saved = new Array<number>(buckets.length).fill(0);
  const highlighted = new Array<number>(buckets.length).fill(0);
  for (const card of cards) {
    const i = at.get(localDay(card.savedAt));
    if (i !== undefined) saved[i]!++;
    for (const time of card.highlightTimes) {
      const j = at.get(localDay(time));
      if (j !== undefined) highlighted[j]!++;
    }
  }
  return {
    buckets,
    span: 1,
    series: [
      { label: labels.saved, values: saved },
      { label: labels.highlighted, values: highlighted },
    ],
  };
}

/** The save-date range a bucket covers, as the list's filter takes it. */
export function bucketRange(data: ChartData, index: number): { from: string; to: string } | null {
  const from = data.buckets[index];
  return from ? { from, to: addDays(from, data.span - 1) } : null;
}
