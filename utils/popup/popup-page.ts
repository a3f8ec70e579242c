import type { CurrentPage } from './use-current-page';

/** Where saving the page stands. */
export interface SaveState {
  saving: boolean;
  /** The last save brought an already saved copy up to date. */
  updated: boolean;
  savedAsIs: boolean;
}

/**
 * What the page card shows: still loading until the whole library is read (only then is the
 * saved state exact); "updated" only while the article is still saved.
 */
export function popupPage(
  page: CurrentPage,
  libraryComplete: boolean,
  saved: boolean,
  save: SaveState,
) {
  return {
    loading: page.loading || !libraryComplete,
    article: page.article,
    saved,
    saving: save.saving,
    updated: saved && save.updated,
    canSaveAsIs: page.reachable,
    savedAsIs: save.savedAsIs,
    key: page.key,
  };
}
