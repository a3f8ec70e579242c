import { useEffect, useState } from 'preact/hooks';
import type { RelatedLink } from '../schemas/article';
import type { PanelDeps } from './deps';
import type { StoryArticle } from './story';
import { usePanelActions } from './use-panel-actions';
import { usePanelView } from './use-panel-view';
import { useRelatedMarks } from './use-related-marks';

const NO_LINKS: RelatedLink[] = [];

/** The side panel's controller: what it shows, what the reader can do, the article's story. */
export function usePanel(deps: PanelDeps) {
  const shown = usePanelView(deps);
  const page = shown.view.kind === 'page' ? shown.view : null;
  const actions = usePanelActions(deps, { view: page, reload: shown.reload, patch: shown.patch });
  const [story, setStory] = useState<{ key: string; others: StoryArticle[] } | null>(null);
  const storyKey = page?.saved ? page.key : null;
  // Another article saved or deleted may join or leave this one's story.
  const [changes, setChanges] = useState(0);
  useEffect(() => deps.subscribeChanges(() => setChanges((n) => n + 1)), [deps]);
  useEffect(() => {
    let live = true;
    if (storyKey) {
      deps
        .story(storyKey)
        .then((found) => {
          if (live) setStory({ key: storyKey, others: found.filter((a) => a.url !== storyKey) });
        })
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [deps, storyKey, changes]);
  // Only the story of the article shown now (never the previous tab's while this one's is read).
  const others = story && story.key === storyKey ? story.others : [];
  const related = useRelatedMarks(deps, page?.article?.related ?? NO_LINKS, actions.linkFailed);
  return { ...shown, page, actions, story: others, related };
}
