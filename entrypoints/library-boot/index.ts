import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readEarly } from '@/utils/db/early-read';
import { DB_VERSION } from '@/utils/db/migrations';
import { DB_NAME } from '@/utils/db/schema';
import { EARLY_LIBRARY_CARDS, readFirstCards } from '@/utils/library/first-cards';
import { putEarly } from '@/utils/view/early';

// Runs from the library page's head, before its modules load: the newest saved cards are read
// while the browser is still loading the page's code, and handed to it (library/main.tsx).
export default defineUnlistedScript(() => {
  putEarly(globalThis, EARLY_LIBRARY_CARDS, readEarly(DB_NAME, DB_VERSION, readFirstCards));
});
