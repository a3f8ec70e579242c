import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { keepExtensionApi } from '@/utils/content/extension-api';

// The first of the two scripts every http(s) page gets, at document start: it only keeps the
// browser's API objects where the page cannot reach them, before the page has any element that
// could be named like them (DOM clobbering). The page's check waits for the browser's idle time
// (entrypoints/page-watch), so nothing of ours runs while the page is parsed.
export default defineUnlistedScript(() => keepExtensionApi());
