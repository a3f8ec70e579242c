import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readEarly } from '@/utils/db/early-read';
import { DB_VERSION } from '@/utils/db/migrations';
import { DB_NAME } from '@/utils/db/schema';
import { EARLY_FIRST_CARDS, readFirstCards } from '@/utils/popup/first-cards';
import { putEarly } from '@/utils/view/early';

// Runs from the popup's head, before its modules load: the newest saved cards are read while the
// browser is still loading the popup's code, and handed to it (utils/popup/use-library.ts).
export default defineUnlistedScript(() => {
  putEarly(globalThis, EARLY_FIRST_CARDS, readEarly(DB_NAME, DB_VERSION, readFirstCards));
});
