import { badgeTab } from './page-handlers';
import { checkOwnHighlight, refuse, type BackgroundDeps, type HandlerGroup } from './context';

type HighlightType =
  | 'highlight/add'
  | 'highlight/update'
  | 'highlight/delete'
  | 'highlight/restore'
  | 'highlight/clicked';

/** Highlights: added (by the reader's own pages), changed, deleted, brought back, clicked. */
export function highlightHandlers(deps: BackgroundDeps): HandlerGroup<HighlightType> {
  const { owner } = deps;
  return {
    async 'highlight/add'({ article, highlight }, ctx) {
      if (!ctx.extensionPage) throw refuse('pages add highlights through the reader only');
      await owner.addHighlight(article, highlight);
      await badgeTab(deps, ctx.tabId, article, true);
      return { id: highlight.id };
    },
    async 'highlight/update'({ id, note, color, tags }, ctx) {
      await checkOwnHighlight(await deps.db(), id, ctx);
      await owner.updateHighlight(id, { note, color, tags });
      return { id };
    },
    async 'highlight/delete'({ id }, ctx) {
      await checkOwnHighlight(await deps.db(), id, ctx);
      await owner.deleteHighlight(id);
      return null;
    },
    async 'highlight/restore'({ highlight }) {
      await owner.restoreHighlight(highlight);
      return null;
    },
    async 'highlight/clicked'({ id }, { tabId }) {
      const handledByPanel = tabId != null && (deps.selectInPanel?.(tabId, id) ?? false);
      return { handledByPanel };
    },
  };
}
