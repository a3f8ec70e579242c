import { render } from 'preact';
import { FirstScreen } from '../../components/popup/FirstScreen';
import { applyDocumentLanguage } from '../../utils/i18n';
import { takeFirstView } from '../../utils/view/first-cards';
import '@/assets/popup.css';

// What this module loads draws the first screen and nothing more (wxt.config.ts keeps it out of
// the shared chunk). The newest saved cards, read by the boot script while it loaded, are drawn
// at once; the rest of the popup is loaded once that is on screen, so its code holds up neither
// that read nor that frame. Then the whole popup takes the first screen's place.
/**
 * Once the next frame is painted (loading more code first would hold up showing this one), or
 * after `ms` in a page that paints no frames (a tab in the background).
 */
const afterPaint = (ms = 100) =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, ms);
  });

applyDocumentLanguage(document);
const app = document.getElementById('app')!;
void takeFirstView('popup').then(async (first) => {
  if (first?.cards.length) {
    render(<FirstScreen cards={first.cards} />, app);
    await afterPaint();
  }
  const { startPopup } = await import('./start');
  startPopup(app, first);
});
