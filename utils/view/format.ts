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
