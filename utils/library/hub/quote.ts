import type { Translate } from '../../i18n';

export interface Quotable {
  text: string;
  note: string;
  title: string;
  source: string | null;
  /** When the highlight was made (ISO). */
  createdAt: string;
  articleUrl: string;
}

/** A date as the reader's language writes it (2026年12月2日, Dec 2, 2026). */
export function localDate(iso: string, language: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(time);
  } catch {
    return iso.slice(0, 10);
  }
}

/** The highlight as a quote to paste elsewhere: text, note, source, date and link. */
export function quoteText(q: Quotable, t: Translate, language: string): string {
  const source = [q.title, q.source].filter((s): s is string => !!s && s.trim() !== '').join(' · ');
  const lines = [
    t('hubQuoteLine', q.text),
    t('hubQuoteSource', [source, localDate(q.createdAt, language)]),
  ];
  if (q.note.trim()) lines.push(t('hubQuoteNote', q.note.trim()));
  lines.push(q.articleUrl);
  return lines.join('\n');
}
