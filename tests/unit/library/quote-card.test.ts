import { describe, expect, it } from 'vitest';
import { breakLines, breakUnits } from '../../../utils/library/quote-card/line-break';
import { qrMatrix } from '../../../utils/library/quote-card/draw';

/** Every character one unit wide, a Latin letter or space half: like a monospace CJK font. */
const measure = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) <= 0xff ? 0.5 : 1), 0);

describe('quote card line breaking', () => {
  it('keeps Latin words whole and breaks CJK between any characters', () => {
    expect(breakUnits('OpenAI 发布GPT-5', 'zh-CN')).toEqual([
      'OpenAI',
      ' ',
      '发',
      '布',
      'GPT',
      '-',
      '5',
    ]);
    const lines = breakLines('苹果公司在人工智能领域的表现备受关注', 5, measure, 'zh-CN');
    expect(lines).toEqual(['苹果公司在', '人工智能领', '域的表现备', '受关注']);
    const latin = breakLines('the model beats closed models', 8, measure, 'en');
    expect(latin.every((l) => measure(l) <= 8)).toBe(true);
    expect(latin.join(' ')).toBe('the model beats closed models');
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    // "，" would start line 2: it hangs at the end of line 1 instead.
    expect(breakLines('一二三四五，六七', 5, measure, 'zh-CN')).toEqual(['一二三四五，', '六七']);
    // "「" would end line 1: it moves down with the word it opens.
    expect(breakLines('一二三四「五六」七', 5, measure, 'zh-CN')).toEqual([
      '一二三四',
      '「五六」七',
    ]);
    for (const line of breakLines(
      '他说：“这是第一步。”随后，团队（包括负责人）离开了。',
      6,
      measure,
      'zh-CN',
    )) {
      expect('，。、；：？！）」』》”').not.toContain(line[0]);
      expect('（「『《“').not.toContain(line.at(-1));
    }
  });

  it('splits a word wider than the line, keeps paragraphs, and cuts with an ellipsis', () => {
    const long = breakLines('https://example.com/a-very-long-address', 6, measure, 'en');
    expect(long.join('')).toBe('https://example.com/a-very-long-address');
    expect(long.every((l) => measure(l) <= 6)).toBe(true);
    expect(breakLines('第一段\n\n第二段', 10, measure, 'zh-CN')).toEqual(['第一段', '', '第二段']);
    const cut = breakLines('一二三四五六七八九十', 3, measure, 'zh-CN', 2);
    expect(cut).toEqual(['一二三', '四五…']);
  });
});

describe('the quote card’s QR code', () => {
  it('encodes the link (non-ASCII percent-encoded) as a square module matrix', () => {
    const m = qrMatrix('https://news.example.com/2025/07/苹果');
    expect(m.length).toBeGreaterThanOrEqual(21);
    expect(m.every((row) => row.length === m.length)).toBe(true);
    // The three finder patterns: dark 7×7 corners.
    expect([m[0]![0], m[0]![6], m[6]![0], m[0]![m.length - 1], m[m.length - 1]![0]]).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });
});
