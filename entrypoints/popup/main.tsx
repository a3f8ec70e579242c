import { render } from 'preact';
import { FirstScreen } from '../../components/popup/FirstScreen';
import { applyDocumentLanguage } from '../../utils/i18n';
import { afterPaint } from '../../utils/view/after-paint';
import { takeFirstView } from '../../utils/view/first-cards';
import '@/assets/popup.css';

// What this module loads draws the first screen and nothing more (wxt.config.ts keeps it out of
// the shared chunk). The newest saved cards, read by the boot script while it loaded, are drawn
// at once; the rest of the popup is loaded once that is on screen, so its code holds up neither
// that read nor that frame. Then the whole popup takes the first screen's place.

applyDocumentLanguage(document);
const app = document.getElementById('app')!;
void takeFirstView('popup').then(async (first) => {
  if (first?.cards.length) {
    render(<FirstScreen cards={first.cards} />, app);
    await afterPaint(window);
  }
  const { startPopup } = await import('./start');
  startPopup(app, first);
});
