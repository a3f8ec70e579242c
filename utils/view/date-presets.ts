/** The date ranges a reader picks most: the last week, the last month, this year. */
export const DATE_PRESETS = ['week', 'month', 'year'] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The `from`–`to` days (the reader's local dates, `YYYY-MM-DD`) of `preset`, ending `now`. */
export function presetRange(preset: DatePreset, now: Date): { from: string; to: string } {
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (preset === 'week') from.setDate(from.getDate() - 6);
  else if (preset === 'month') from.setDate(from.getDate() - 29);
  else from.setMonth(0, 1);
  return { from: day(from), to: day(now) };
}

/** The preset `from`–`to` is, if it is one (on the day `now`). */
export function activePreset(
  range: { from: string | null; to: string | null },
  now: Date,
): DatePreset | null {
  return (
    DATE_PRESETS.find((p) => {
      const r = presetRange(p, now);
      return r.from === range.from && r.to === range.to;
    }) ?? null
  );
}
