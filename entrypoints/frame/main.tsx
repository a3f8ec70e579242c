import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FrameView, FRAME_CSS, PAGE_UI_CSS } from '@/components/page';
import { pageLabels } from '@/utils/content/page-labels';
import { connectFrame } from '@/utils/frame/controller';
import { openPanelFromFrame, type SidePanelHost } from '@/utils/frame/open-panel';
import { watchVisibility } from '@/utils/frame/visibility';
import { FRAME_PORT } from '@/utils/messages/envelope';
import { sendToBackground } from '@/utils/messages/client';
import { applyDocumentLanguage } from '@/utils/i18n';

// The toolbar shown over the page, as an extension page of its own: the page can neither script
// nor read this document, but it can draw over it — so it acts only while it is seen, and offers
// nothing a reader could lose by a click they did not mean.
applyDocumentLanguage(document);
const style = document.createElement('style');
style.textContent = PAGE_UI_CSS + FRAME_CSS;
document.head.append(style);
const controller = connectFrame({
  connect: () => browser.runtime.connect({ name: FRAME_PORT }),
  send: sendToBackground,
  openPanel: (tabId) => openPanelFromFrame(globalThis as SidePanelHost, tabId),
});

function Frame() {
  const [armed, setArmed] = useState(false);
  useEffect(() => watchVisibility(window, document.documentElement, setArmed).stop, []);
  return <FrameView controller={controller} labels={pageLabels()} armed={armed} />;
}
render(<Frame />, document.getElementById('app')!);
