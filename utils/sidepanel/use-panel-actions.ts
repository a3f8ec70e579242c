import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n';
import { errorText } from '../view/errors';
import type { PanelDeps } from './deps';
import type { PageView, ViewHandle } from './page-view';
import { useHighlightActions } from './use-highlight-actions';

/** Save the page (as an article when recognized, else as it is); answers its key. */
async function ensureSaved(deps: Pick<PanelDeps, 'sendToBackground'>, page: PageView) {
  if (page.saved) return page.key;
  return (await deps.sendToBackground('article/save', { tabId: page.tabId })).url;
}

/** The panel's writes: each goes to the background (the one owner), which announces it. */
export function usePanelActions(deps: PanelDeps, current: ViewHandle) {
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const report = (key: MessageKey, e: unknown) => setError(t(key, errorText(e)));
  const highlights = useHighlightActions(deps, current, report);

  async function save() {
    const page = current.view;
    if (!page || saving) return;
    setSaving(true);
    setError(null);
    try {
      await ensureSaved(deps, page);
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
      const url = await ensureSaved(deps, page);
      await deps.sendToBackground('article/note', { url, note });
    } catch (e) {
      report('errNoteFailed', e);
      throw e;
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
    ...highlights,
    error,
    dismissError: () => setError(null),
    /** A related link could not be kept or let go. */
    linkFailed: (e: unknown) => report('errLinkFailed', e),
    saving,
    save,
    saveNote,
    scrollTo,
  };
}
