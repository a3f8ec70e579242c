import { render } from 'preact';
import { browser } from 'wxt/browser';
import { FrameView, FRAME_CSS, PAGE_UI_CSS } from '@/components/page';
import { pageLabels } from '@/utils/content/page-labels';
import { connectFrame } from '@/utils/frame/controller';
import { FRAME_PORT } from '@/utils/messages/frame-state';
import { sendToBackground } from '@/utils/messages/client';
import { applyDocumentLanguage } from '@/utils/i18n';

// The toolbar and editor shown over the page, as an extension page of their own: the page can
// neither script nor read this document. It listens to the background only, never to the page.
applyDocumentLanguage(document);
const style = document.createElement('style');
style.textContent = PAGE_UI_CSS + FRAME_CSS;
document.head.append(style);
const controller = connectFrame(
  () => browser.runtime.connect({ name: FRAME_PORT }),
  sendToBackground,
);
render(
  <FrameView controller={controller} labels={pageLabels()} />,
  document.getElementById('app')!,
);
