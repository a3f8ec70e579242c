import type { MessageKey } from '../i18n';
import type { HighlightColor } from '../schemas/records';
import type { PanelDeps } from './deps';
import type { ViewHandle } from './page-view';
import { useDeletedHighlight } from './use-deleted-highlight';

type Report = (key: MessageKey, e: unknown) => void;
type HighlightPatch = { id: string; note?: string; color?: HighlightColor; tags?: string[] };

/** A highlight's note, color and tags, each written through the background. */
function highlightEdits(deps: PanelDeps, report: Report) {
  /** Answers whether it was written; a failure is reported in the reader's words. */
  const update = (patch: HighlightPatch) =>
    deps.sendToBackground('highlight/update', patch).then(
      () => true,
      (e: unknown) => (report('errHighlightFailed', e), false),
    );
  return {
    /** A failure rejects, so the note field says the note was not saved. */
    async highlightNote(id: string, note: string): Promise<void> {
      try {
        await deps.sendToBackground('highlight/update', { id, note });
      } catch (e) {
        report('errHighlightFailed', e);
        throw e;
      }
    },
    recolor: async (id: string, color: HighlightColor) => void (await update({ id, color })),
    /** Answers whether the tags were written (the field keeps them until the change comes back). */
    retag: (id: string, tags: string[]) => update({ id, tags }),
  };
}

/** The panel's writes to highlights (through the background): note, color, tags, delete with undo. */
export function useHighlightActions(deps: PanelDeps, current: ViewHandle, report: Report) {
  const undoable = useDeletedHighlight(deps);

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
    ...highlightEdits(deps, report),
    remove,
    undo,
  };
}
