/**
 * Dates as pages write them → ISO 8601. A bare date gives `YYYY-MM-DD`; a date with a time gives
 * `YYYY-MM-DDTHH:mm`, with `:ss`, fractional seconds (up to 3 digits) and the UTC offset kept when
 * the page gives them (`2025-07-24T09:30:00+08:00` stays as written). Nothing is converted to UTC:
 * the reader sees the date the page shows.
 */
import { ISO_DATE_RE } from '../url';

const CJK =
  /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/u;
const NUMERIC =
  /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const EN_MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const EN_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return d <= days[m - 1]!;
}

interface Parts {
  y: number;
  m: number;
  d: number;
  hh?: string;
  mm?: string;
  ss?: string;
  frac?: string;
  zone?: string;
}

function format(p: Parts): string | null {
  if (!validDate(p.y, p.m, p.d)) return null;
  let out = `${p.y}-${pad(p.m)}-${pad(p.d)}`;
  if (p.hh === undefined || p.mm === undefined) return out;
  const h = Number(p.hh);
  const min = Number(p.mm);
  if (h > 23 || min > 59) return out;
  out += `T${pad(h)}:${pad(min)}`;
  if (p.ss !== undefined) {
    if (Number(p.ss) > 59) return out;
    out += `:${pad(Number(p.ss))}`;
    if (p.frac) out += `.${p.frac.slice(0, 3)}`;
  }
  if (p.zone) {
    if (/^z$/i.test(p.zone)) out += 'Z';
    else {
      const z = p.zone.replace(':', '');
      const zh = Number(z.slice(1, 3));
      const zm = Number(z.slice(3, 5));
      if (zh <= 14 && zm <= 59) out += `${z[0]}${z.slice(1, 3)}:${z.slice(3, 5)}`;
    }
  }
  return ISO_DATE_RE.test(out) ? out : null;
}

/** The first date found in `text`, as ISO 8601, or null. */
export function parseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const s = text.slice(0, 500);
  const candidates: { index: number; parts: Parts }[] = [];
  const cjk = CJK.exec(s);
  if (cjk) {
    const [, y, m, d, hh, mm, ss] = cjk;
    candidates.push({ index: cjk.index, parts: { y: +y!, m: +m!, d: +d!, hh, mm, ss } });
  }
  const num = NUMERIC.exec(s);
  if (num) {
    const [, y, , m, d, hh, mm, ss, frac, zone] = num;
    candidates.push({
      index: num.index,
      parts: { y: +y!, m: +m!, d: +d!, hh, mm, ss, frac, zone },
    });
  }
  // English month names need Latin letters: most Chinese dates never run the two regexes below.
  const latin = /[a-z]/i.test(s);
  const mdy = latin ? EN_MDY.exec(s) : null;
  if (mdy) {
    const [, mon, d, y] = mdy;
    const m = MONTHS.indexOf(mon!.slice(0, 3).toLowerCase()) + 1;
    candidates.push({ index: mdy.index, parts: { y: +y!, m, d: +d! } });
  }
  const dmy = latin ? EN_DMY.exec(s) : null;
  if (dmy) {
    const [, d, mon, y] = dmy;
    const m = MONTHS.indexOf(mon!.slice(0, 3).toLowerCase()) + 1;
    candidates.push({ index: dmy.index, parts: { y: +y!, m, d: +d! } });
  }
  candidates.sort((a, b) => a.index - b.index);
  for (const c of candidates) {
    const iso = format(c.parts);
    if (iso) return iso;
  }
  return null;
}
