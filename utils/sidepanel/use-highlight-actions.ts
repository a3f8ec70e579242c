import type { MessageKey } from '../i18n';
import type { HighlightColor } from '../schemas/records';
import type { PanelDeps } from './deps';
import type { ViewHandle } from './page-view';
import { useDeletedHighlight } from './use-deleted-highlight';

/** The panel's writes to highlights (through the background): note, color, tags, delete with undo. */
export function useHighlightActions(
  deps: PanelDeps,
  current: ViewHandle,
  report: (key: MessageKey, e: unknown) => void,
) {
  const undoable = useDeletedHighlight(deps);

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

  /** Answers whether the tags were written (the field keeps them until the change comes back). */
  async function retag(id: string, tags: string[]): Promise<boolean> {
    try {
      await deps.sendToBackground('highlight/update', { id, tags });
      return true;
    } catch (e) {
      report('errHighlightFailed', e);
      return false;
    }
  }

  async function remove(id: string) {
    const page = current.view;
    const h = page?.highlights.find((x) => x.id === id);
    if (!page || !h) return;
    try {
      await deps.sendToBackground('highlight/delete', { id });
      undoable.offer({ ...h, articleUrl: page.key });
      current.patch((p) => ({ ...p, highlights: p.highlights.filter((x) => x.id !== id) }));
    } catch (e) {
      report('errHighlightFailed', e);
    }
  }

  async function undo() {
    const { deleted } = undoable;
    if (!deleted) return;
    undoable.dismiss();
    try {
      await deps.sendToBackground('highlight/restore', { highlight: deleted });
    } catch (e) {
      report('errHighlightFailed', e);
    }
  }

  return {
    deleted: undoable.deleted,
    dismissUndo: undoable.dismiss,
    highlightNote,
    recolor,
    retag,
    remove,
    undo,
  };
}
