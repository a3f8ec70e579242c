import { useEffect, useRef, useState } from 'preact/hooks';
import { touchesArticle } from '../db/changes';
import type { PanelDeps } from './deps';
import type { PanelTab } from './follow-tab';
import { followTab } from './follow-tab';
import { loadView, readAnchored, type PageView, type PanelView } from './page-view';

export { ANCHOR_RETRY_MS, ANCHOR_TRIES } from './anchor-poll';

/**
 * What the panel shows: it follows the tab, loads the page's article and highlights, and reads
 * them again whenever the change feed says they changed (in the page, the popup, another window).
 */
export function usePanelView(deps: PanelDeps) {
  const [view, setView] = useState<PanelView>({ kind: 'loading' });
  const [selected, setSelected] = useState<string | null>(null);
  const viewRef = useRef(view);
  viewRef.current = view;
  const loads = useRef(0);

  /** Apply `next` unless a newer load started meanwhile. */
  const commit = (token: number, next: PanelView) => {
    if (token === loads.current) setView(next);
  };

  /** Read the page's record again; answers shown unless a newer load started meanwhile. */
  const refresh = (page: PageView, token = ++loads.current): Promise<void> =>
    readAnchored(
      deps,
      page,
      () => token === loads.current,
      (next) => commit(token, next),
    );

  useEffect(() => {
    const link = deps.connect((id) => setSelected(id));
    async function show(tab: PanelTab | null) {
      const token = ++loads.current;
      link.follow(tab ? { tabId: tab.id, windowId: tab.windowId } : null);
      const next = await loadView(deps, tab).catch((): PanelView => ({ kind: 'unreachable' }));
      commit(token, next);
      if (next.kind === 'page' && next.unknown > 0) await refresh(next, token);
    }
    const stopFollowing = followTab(deps.tabs, deps.pinnedTabId, (tab) => {
      setSelected(null);
      void show(tab);
    });
    const stopHearing = deps.subscribeChanges((change) => {
      const current = viewRef.current;
      if (current.kind === 'page' && touchesArticle(change, current.key))
        void refresh(current).catch(() => undefined);
    });
    return () => {
      stopFollowing();
      stopHearing();
      link.close();
    };
  }, [deps]);

  return {
    view,
    selected,
    select: setSelected,
    /** Read the page's record again (after a write of the panel's own). */
    reload: () => {
      const current = viewRef.current;
      return current.kind === 'page' ? refresh(current) : Promise.resolve();
    },
    /** Change what is shown at once (a highlight the page could not scroll to is an orphan). */
    patch: (change: (page: PageView) => PageView) =>
      setView((v) => (v.kind === 'page' ? change(v) : v)),
  };
}
