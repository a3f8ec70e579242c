import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstView } from '@/utils/view/first-cards';

// Runs from the popup page's head, before its modules load: its newest saved cards are read while
// the browser is still loading the page's code, and handed to its first render (popup/main.tsx).
export default defineUnlistedScript(() => startFirstView('popup'));
