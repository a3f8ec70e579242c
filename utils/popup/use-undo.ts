import { useEffect, useRef, useState } from 'preact/hooks';
import { change, type Change } from '../db';
import type { MessageKey } from '../i18n';
import type { DeletedArticle } from '../db';
import type { StoredHighlight } from '../schemas/records';
import type { PopupDeps } from './deps';
import { UNDO_MS } from '../view/undo';

/** How long the reader can take back a deletion. */

/** A deletion that can still be taken back, with what putting it back needs. */
export type Undoable =
  { kind: 'article'; deleted: DeletedArticle } | { kind: 'highlight'; highlight: StoredHighlight };

export interface UndoContext {
  deps: Pick<PopupDeps, 'sendToBackground'>;
  /** A write of this popup committed: show it at once. */
  wrote: (change: Change) => Promise<void>;
  report: (key: MessageKey, e: unknown) => void;
}

/** What deleting (or restoring) an article changes. */
export function articleChange(deleted: DeletedArticle): Change {
  return change({
    articles: [deleted.article.url],
    highlights: deleted.highlights.map((h) => h.id),
    links: deleted.links.map((l) => l.url),
  });
}

const highlightChange = (h: StoredHighlight) =>
  change({ articles: [h.articleUrl], highlights: [h.id] });

/**
 * Deletions with a few seconds to undo: an article (with its highlights and its place in
 * related links), or one highlight. Both go through the background, the library's one owner.
 */
export function useUndo(ctx: UndoContext) {
  const [pending, setPending] = useState<Undoable | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  function dismiss() {
    clearTimeout(timer.current);
    setPending(null);
  }

  function offer(undoable: Undoable) {
    clearTimeout(timer.current);
    setPending(undoable);
    timer.current = setTimeout(() => setPending(null), UNDO_MS);
  }

  /** Delete a saved article; resolves true when it is gone. */
  async function removeArticle(url: string): Promise<boolean> {
    try {
      const deleted = await ctx.deps.sendToBackground('article/delete', { url });
      offer({ kind: 'article', deleted });
      await ctx.wrote(articleChange(deleted));
      return true;
    } catch (e) {
      ctx.report('errDeleteFailed', e);
      return false;
    }
  }

  async function undo() {
    const taken = pending;
    if (!taken) return;
    dismiss();
    try {
      if (taken.kind === 'article') {
        await ctx.deps.sendToBackground('article/restore', { deleted: taken.deleted });
        await ctx.wrote(articleChange(taken.deleted));
      } else {
        await ctx.deps.sendToBackground('highlight/restore', { highlight: taken.highlight });
        await ctx.wrote(highlightChange(taken.highlight));
      }
    } catch (e) {
      ctx.report('errUndoFailed', e);
    }
  }

  return { pending, offer, removeArticle, undo, dismiss };
}
export type UndoState = ReturnType<typeof useUndo>;
