import { describe, expect, it } from 'vitest';
import { activePreset, presetRange } from '../../../utils/view/date-presets';
import { axisDates, localeDate } from '../../../utils/view/format';

describe('date presets', () => {
  const now = new Date(2026, 2, 3, 15, 0); // 3 March 2026, local time

  it('give the last 7 and 30 days and this year, in local dates', () => {
    expect(presetRange('week', now)).toEqual({ from: '2026-02-25', to: '2026-03-03' });
    expect(presetRange('month', now)).toEqual({ from: '2026-02-02', to: '2026-03-03' });
    expect(presetRange('year', now)).toEqual({ from: '2026-01-01', to: '2026-03-03' });
  });

  it('know which preset a range is, and that a hand-picked one is none', () => {
    expect(activePreset({ from: '2026-02-25', to: '2026-03-03' }, now)).toBe('week');
    expect(activePreset({ from: '2026-02-24', to: '2026-03-03' }, now)).toBeNull();
    expect(activePreset({ from: null, to: null }, now)).toBeNull();
  });
});

describe('chart dates', () => {
  const march5 = Date.UTC(2026, 2, 5, 12) / 1000;
  it('are written the reader’s way, in Chinese and in English', () => {
    expect(axisDates('zh-CN', 30 * 86_400)(march5)).toBe('3月5日');
    expect(axisDates('en', 30 * 86_400)(march5)).toBe('Mar 5');
    expect(axisDates('zh-TW', 800 * 86_400)(march5)).toBe('2026年3月');
    expect(localeDate('zh-CN', march5)).toBe('2026年3月5日');
  });
});
