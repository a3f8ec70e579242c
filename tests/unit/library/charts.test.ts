import { describe, expect, it } from 'vitest';
import {
  CHART_WEEKS,
  activityByDay,
  bucketRange,
  type ChartData,
  keywordsByWeek,
  lastWeeks,
  sourcesByWeek,
} from '../../../utils/library/charts';
import { addDays, weekStart } from '../../../utils/library/dates';
import { card } from './cards';
import { nearestSeries } from '../../../utils/library/time-plot';
import type uPlot from 'uplot';

const at = (day: string) => new Date(`${day}T12:00:00`).toISOString();

describe('looking back', () => {
  it('counts keywords per week for the top ones, over the last 12 weeks', () => {
    const today = '2025-06-18'; // a Wednesday
    const cards = [
      card(1, { savedAt: at('2025-06-16'), keywords: ['芯片', '开源'] }),
      card(2, { savedAt: at('2025-06-17'), keywords: ['芯片'] }),
      card(3, { savedAt: at('2025-06-09'), keywords: ['芯片', '监管'] }),
      card(4, { savedAt: at('2025-01-01'), keywords: ['太早'] }), // before the 12 weeks
    ];
    const weeks = lastWeeks(today);
    expect(weeks).toHaveLength(CHART_WEEKS);
    expect(weeks.at(-1)).toBe('2025-06-16');
    expect(weeks[0]).toBe(addDays('2025-06-16', -77));
    const data = keywordsByWeek(cards, today);
    expect(data.series.map((s) => s.label)).toEqual(['芯片', '开源', '监管']);
    expect(data.series[0]!.values.slice(-2)).toEqual([1, 2]);
    expect(bucketRange(data, CHART_WEEKS - 1)).toEqual({ from: '2025-06-16', to: '2025-06-22' });
  });

  it('counts sources per week and saves and highlights per day', () => {
    const today = '2025-06-18';
    const cards = [
      card(1, { savedAt: at('2025-06-18'), source: 'A', highlightTimes: [at('2025-06-17')] }),
      card(2, { savedAt: at('2025-06-18'), source: 'B', highlightTimes: [at('2025-06-18')] }),
      card(3, { savedAt: at('2025-06-17'), source: 'A' }),
    ];
    expect(sourcesByWeek(cards, today).series).toEqual([
      { label: 'A', values: [...new Array(CHART_WEEKS - 1).fill(0), 2] },
      { label: 'B', values: [...new Array(CHART_WEEKS - 1).fill(0), 1] },
    ]);
    const daily = activityByDay(cards, today, { saved: 'saved', highlighted: 'hl' });
    expect(daily.buckets.at(-1)).toBe(today);
    expect(daily.series[0]!.values.slice(-2)).toEqual([1, 2]);
    expect(daily.series[1]!.values.slice(-2)).toEqual([1, 1]);
    expect(bucketRange(daily, daily.buckets.length - 1)).toEqual({ from: today, to: today });
  });

  it('starts weeks on Monday', () => {
    expect(weekStart('2025-06-22')).toBe('2025-06-16'); // Sunday
    expect(weekStart('2025-06-16')).toBe('2025-06-16');
  });
});

describe('a click on a chart', () => {
  const data: ChartData = {
    buckets: ['2025-01-06', '2025-01-13'],
    span: 7,
    series: [
      { label: 'a', values: [1, 10] },
      { label: 'b', values: [5, 2] },
      { label: 'c', values: [9, 0] },
    ],
  };
  /** A chart 100 px tall for values 0..10: a value's height is 100 - 10 × value. */
  const chart = (top: number) => ({
    cursor: { top } as uPlot.Cursor,
    valToPos: (value: number) => 100 - 10 * value,
  });

  it('picks the series whose point at that bucket is nearest the pointer', () => {
    expect(nearestSeries(chart(10), data, 0)).toBe(2); // c = 9 → 10 px
    expect(nearestSeries(chart(50), data, 0)).toBe(1); // b = 5 → 50 px
    expect(nearestSeries(chart(95), data, 0)).toBe(0); // a = 1 → 90 px
    expect(nearestSeries(chart(0), data, 1)).toBe(0); // a = 10 → 0 px
    expect(nearestSeries(chart(99), data, 1)).toBe(2); // c = 0 → 100 px
  });
});
