/*
 * Times in the reader's own time zone. The zone is passed in (the browser's own by default), so
 * that the same library gives the same notes on every machine a test runs on.
 */

/** The browser's own time zone, e.g. `Asia/Shanghai`. */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** What a clock on the wall in `timeZone` shows at `date`. */
export function wallClock(date: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(date)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `YYYY-MM-DD` of `date` in `timeZone`. */
export function localDate(date: Date, timeZone: string): string {
  const c = wallClock(date, timeZone);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

/** `2026-12-03T00:56:56+08:00`: the local time in `timeZone` with its offset from UTC. */
export function localIsoTime(date: Date, timeZone: string): string {
  const c = wallClock(date, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  const offset = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return `${localDate(date, timeZone)}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}${zone}`;
}

/**
 * An ISO date or timestamp as the reader's local time: a bare date (`2026-12-01`) or a time
 * without a zone (`2026-12-01T09:30`, as the page wrote it) stays as it is; an instant (with `Z`
 * or an offset) is shown in `timeZone`.
 */
export function localDateOrTime(iso: string, timeZone: string): string {
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(iso)) return iso;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : localIsoTime(date, timeZone);
}

/**
 * A `Date` whose own (process-local) clock reads what the wall shows in `timeZone`: for formats
 * such as zip entries that store a local time without a zone.
 */
export function wallClockDate(date: Date, timeZone: string): Date {
  const c = wallClock(date, timeZone);
  return new Date(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
}
