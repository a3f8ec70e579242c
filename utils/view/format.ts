/** The date part (`YYYY-MM-DD`) of an ISO date or timestamp, or '' when there is none. */
export function shortDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^\d{4}-\d{2}-\d{2}/.exec(iso);
  return m ? m[0] : '';
}

/** `date · source`, leaving out what is missing. */
export function metaLine(parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => !!p && p.trim().length > 0).join(' · ');
}

const DAY_SECONDS = 86_400;

/**
 * Chart axis labels for times in seconds, in the reader's language (`3月5日`, `Mar 5`); a span
 * longer than a year shows months with their year (`2026年3月`, `Mar 2026`).
 */
export function axisDates(language: string, spanSeconds: number): (seconds: number) => string {
  const long = spanSeconds > 366 * DAY_SECONDS;
  const f = new Intl.DateTimeFormat(
    language,
    long ? { year: 'numeric', month: 'short' } : { month: 'short', day: 'numeric' },
  );
  return (seconds) => f.format(new Date(seconds * 1000));
}

/** A whole date in the reader's language (`2026年3月5日`, `Mar 5, 2026`). */
export function localeDate(language: string, seconds: number): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(
    new Date(seconds * 1000),
  );
}
