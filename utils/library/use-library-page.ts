import { useMemo } from 'preact/hooks';
import { storyOf } from '../clusters';
import { useEscape } from '../popup/use-escape';
import type { LibraryDeps } from './deps';
import type { HubItem } from './hub/items';
import { browserReviewStorage, useAfterSave } from './hub/use-after-save';
import { useReaderData } from './reader/use-reader';
import { useRoute } from './reader/use-route';
import { useArticleView } from './use-article-view';
import { useLibraryController } from './use-library-controller';

/**
 * Everything the library page shows: the article list's state, the open article,
 * the section in the address (#hub, #review, #digest, #reader), and the views after the save.
 */
export function useLibraryPage(deps: LibraryDeps) {
  const c = useLibraryController(deps);
  const article = useArticleView(deps, c.openUrl, () => undefined);
  const story = c.openUrl && c.stories ? (storyOf(c.stories, c.openUrl)?.story ?? null) : null;
  useEscape(deps.document, c.openUrl !== null, c.close);
  const { route, go } = useRoute(deps.document.defaultView!);
  const storage = useMemo(browserReviewStorage, []);
  const after = useAfterSave(
    deps,
    c.cards,
    c.stories,
    storage,
    c.complete,
    route.section === 'digest',
  );
  const reader = useReaderData(
    deps,
    route.section === 'reader' ? route.url : null,
    () => undefined,
  );
  const read = (url: string, highlight: string | null = null) =>
    go({ section: 'reader', url, highlight });
  return {
    c,
    article,
    story,
    route,
    go,
    after,
    reader,
    /** Show the article at `url` in the reader, at `highlight` when given. */
    read,
    readItem: (item: HubItem) => read(item.articleUrl, item.id),
    /** Back to where the reader came from. */
    back: () => deps.document.defaultView!.history.back(),
  };
}

export type LibraryPage = ReturnType<typeof useLibraryPage>;
