import { useState } from 'preact/hooks';
import type { PopupPrefs } from './deps';

/** Where the page card's fold is kept between openings. */
export const FOLD_KEY = 'popup.pageCardFolded';

/** The page card folded to one line (so the lists get the room), remembered across openings. */
export function usePageFold(prefs: PopupPrefs) {
  const [folded, setFolded] = useState(() => prefs.get(FOLD_KEY) === 'true');
  function toggle() {
    const next = !folded;
    setFolded(next);
    prefs.set(FOLD_KEY, next ? 'true' : 'false');
  }
  return { folded, toggle };
}
