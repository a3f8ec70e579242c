// The service worker's `chrome` global, as seen from code the tests evaluate inside it.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof Browser;
}
