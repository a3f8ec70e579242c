import { describe, expect, it } from 'vitest';
import { parseDate } from '@/utils/extract/dates';
import { ISO_DATE_RE } from '@/utils/schemas';

describe('dates as pages write them become ISO 8601', () => {
  it.each([
    ['2025年7月24日', '2025-07-24'],
    ['2025 年 7 月 24 日', '2025-07-24'],
    ['发布时间:2025年12月8日', '2025-12-08'],
    ['2025年7月24日 09:30', '2025-07-24T09:30'],
    ['2025年7月24日 9时5分', '2025-07-24T09:05'],
    ['2025年7月24日 09\uff1a30 (full-width colon)', '2025-07-24T09:30'],
    ['2025-07-24', '2025-07-24'],
    ['2025-07-24 09:30', '2025-07-24T09:30'],
    ['2025-07-24 09:30:15', '2025-07-24T09:30:15'],
    ['2025/7/24', '2025-07-24'],
    ['2025/11/7 8:05', '2025-11-07T08:05'],
    ['2025.11.10', '2025-11-10'],
    ['2025-07-24T09:30:00+08:00', '2025-07-24T09:30:00+08:00'],
    ['2025-07-24T01:30:00Z', '2025-07-24T01:30:00Z'],
    ['2025-07-24T01:30:00.123456+0800', '2025-07-24T01:30:00.123+08:00'],
    ['July 24, 2025', '2025-07-24'],
    ['24 Jul 2025', '2025-07-24'],
    ['Sept. 3rd, 2025', '2025-09-03'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
    expect(iso).toMatch(ISO_DATE_RE);
  });

  it.each([
    ['no date at all', '昨天'],
    ['month 13', '2025年13月45日'],
    ['February 30th', '2025-02-30'],
    ['a longer number is not a year', '120250-07-24'],
    ['empty', ''],
  ])('gives null for %s', (_why, text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('keeps the date but drops an impossible time', () => {
    expect(parseDate('2025-07-24 25:61')).toBe('2025-07-24');
  });

  it('accepts February 29th only in leap years', () => {
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('2025-02-29')).toBeNull();
  });

  it('takes the first date in a line', () => {
    expect(parseDate('发布时间:2025/7/24 更新于 2025年8月1日')).toBe('2025-07-24');
  });
});
