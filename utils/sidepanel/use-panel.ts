import { useEffect, useState } from 'preact/hooks';
import type { PanelDeps } from './deps';
import type { StoryArticle } from './story';
import { usePanelActions } from './use-panel-actions';
import { usePanelView } from './use-panel-view';

/** The side panel's controller: what it shows, what the reader can do, the article's story. */
export function usePanel(deps: PanelDeps) {
  const shown = usePanelView(deps);
  const page = shown.view.kind === 'page' ? shown.view : null;
  const actions = usePanelActions(deps, { view: page, reload: shown.reload, patch: shown.patch });
  const [story, setStory] = useState<StoryArticle[]>([]);
  const storyKey = page?.saved ? page.key : null;
  useEffect(() => {
    let live = true;
    setStory([]);
    if (storyKey) {
      deps
        .story(storyKey)
        .then((found) => live && setStory(found.filter((a) => a.url !== storyKey)))
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [deps, storyKey]);
  return { ...shown, page, actions, story };
}
