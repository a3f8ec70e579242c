import { t } from '../i18n';

/** The header's count: "Loading…" until the first cards are read, then "12 of 10,000". */
export function countText(loading: boolean, shown: number, total: number): string {
  return loading
    ? t('libraryLoading')
    : t('libraryCount', [shown.toLocaleString(), total.toLocaleString()]);
}

/** What the empty list says: still loading, nothing saved yet, or nothing matches the filters. */
export function emptyText(loading: boolean, total: number): string {
  if (loading) return t('libraryLoading');
  return total === 0 ? t('libraryEmpty') : t('libraryNoMatches');
}
