import { t } from '../i18n';
import type { Undoable } from './use-undo';

/** How many characters of a deleted highlight's text the undo bar repeats. */
const QUOTE_CHARS = 40;

/** The undo bar's words for what was deleted. */
export function undoText(undoable: Undoable): string {
  if (undoable.kind === 'article') return t('deletedArticle', undoable.deleted.article.title);
  const text = undoable.highlight.text.replace(/\s+/gu, ' ').trim();
  const quote = text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text;
  return t('popupDeletedHighlight', quote);
}
