import { useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n';
import { errorText } from '../popup/errors';
import type { HighlightColor, StoredHighlight } from '../schemas/records';
import type { PanelDeps } from './deps';
import type { PageView } from './page-view';

/** How long "Undo" stays offered after a highlight is deleted. */
export const UNDO_MS = 8000;

interface ViewHandle {
  view: PageView | null;
  reload: () => Promise<void>;
  patch: (change: (page: PageView) => PageView) => void;
}

/** The panel's writes: each goes to the background (the one owner), which announces it. */
export function usePanelActions(deps: PanelDeps, current: ViewHandle) {
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [deleted, setDeleted] = useState<StoredHighlight | null>(null);
  const undoTimer = useRef<number | null>(null);
  const report = (key: MessageKey, e: unknown) => setError(t(key, errorText(e)));

  /** Save the page (as an article when recognized, else as it is); answers its key. */
  async function ensureSaved(page: PageView): Promise<string> {
    if (page.saved) return page.key;
    if (page.article) {
      await deps.sendToBackground('article/save', { article: page.article, tabId: page.tabId });
      return page.article.url;
    }
    const { saved } = await deps.sendToTab(page.tabId, 'tab/save-page', {});
    if (!saved) throw new Error(t('errPageNotSavable'));
    return page.key;
  }

  async function save() {
    const page = current.view;
    if (!page || saving) return;
    setSaving(true);
    setError(null);
    try {
      await ensureSaved(page);
      await current.reload();
    } catch (e) {
      report('errSaveFailed', e);
    } finally {
      setSaving(false);
    }
  }

  /**
   * Write the note of the page shown when it was typed (saving the article first when it is not
   * saved yet): a note still waiting when the panel moves to another tab goes to its own page.
   */
  async function saveNote(page: PageView, note: string): Promise<void> {
    try {
      const url = await ensureSaved(page);
      await deps.sendToBackground('article/note', { url, note });
    } catch (e) {
      report('errNoteFailed', e);
      throw e;
    }
  }

  async function highlightNote(id: string, note: string): Promise<void> {
    try {
      await deps.sendToBackground('highlight/update', { id, note });
    } catch (e) {
      report('errHighlightFailed', e);
      throw e;
    }
  }

  async function recolor(id: string, color: HighlightColor) {
    try {
      await deps.sendToBackground('highlight/update', { id, color });
    } catch (e) {
      report('errHighlightFailed', e);
    }
  }

  const stopUndoTimer = () => {
    if (undoTimer.current !== null) deps.clearTimeout(undoTimer.current);
    undoTimer.current = null;
  };

  async function remove(id: string) {
    const page = current.view;
    const h = page?.highlights.find((x) => x.id === id);
    if (!page || !h) return;
    try {
      await deps.sendToBackground('highlight/delete', { id });
      stopUndoTimer();
      setDeleted({ ...h, articleUrl: page.key });
      undoTimer.current = deps.setTimeout(() => setDeleted(null), UNDO_MS);
      current.patch((p) => ({ ...p, highlights: p.highlights.filter((x) => x.id !== id) }));
    } catch (e) {
      report('errHighlightFailed', e);
    }
  }

  async function undo() {
    if (!deleted) return;
    stopUndoTimer();
    setDeleted(null);
    try {
      await deps.sendToBackground('highlight/restore', { highlight: deleted });
    } catch (e) {
      report('errHighlightFailed', e);
    }
  }

  async function scrollTo(id: string) {
    const page = current.view;
    if (!page) return;
    try {
      const { found } = await deps.sendToTab(page.tabId, 'tab/scroll-to', { id });
      if (!found) current.patch((p) => ({ ...p, orphaned: new Set([...p.orphaned, id]) }));
    } catch (e) {
      report('errScrollFailed', e);
    }
  }

  return {
    error,
    dismissError: () => setError(null),
    saving,
    deleted,
    dismissUndo: () => {
      stopUndoTimer();
      setDeleted(null);
    },
    save,
    saveNote,
    highlightNote,
    recolor,
    remove,
    undo,
    scrollTo,
  };
}
