import { useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../i18n';
import type { HighlightColor, StoredHighlight } from '../schemas/records';
import type { PanelDeps } from './deps';
import type { ViewHandle } from './use-panel-actions';
import { UNDO_MS } from '../view/undo';

/** How long "Undo" stays offered after a highlight is deleted. */

/** The panel's writes to highlights (through the background): note, color, delete with undo. */
export function useHighlightActions(
  deps: PanelDeps,
  current: ViewHandle,
  report: (key: MessageKey, e: unknown) => void,
) {
  const [deleted, setDeleted] = useState<StoredHighlight | null>(null);
  const undoTimer = useRef<number | null>(null);
  const stopUndoTimer = () => {
    if (undoTimer.current !== null) deps.clearTimeout(undoTimer.current);
    undoTimer.current = null;
  };

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

  return {
    deleted,
    dismissUndo: () => {
      stopUndoTimer();
      setDeleted(null);
    },
    highlightNote,
    recolor,
    remove,
    undo,
  };
}
