import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PAGE_UI_CSS } from '@/components/page';
import type { PageSession } from '@/utils/content/page-session';
import type { UiStore } from '@/utils/content/ui-state';
import { pageLabels } from '@/utils/content/page-labels';
import { PageUi } from './PageUi';

/** Build the in-page UI (an open shadow root at the document's origin) and return its host. */
export async function mountPageUi(
  ctx: ContentScriptContext,
  store: UiStore,
  session: PageSession,
): Promise<HTMLElement> {
  const ui = await createShadowRootUi(ctx, {
    name: 'ai-news-annotator-ui',
    mode: 'open',
    position: 'inline',
    anchor: document.documentElement,
    append: 'last',
    css: PAGE_UI_CSS,
    isolateEvents: ['keydown', 'keyup', 'keypress', 'mouseup'],
    onMount(container, _shadow, host) {
      host.style.cssText =
        'position:absolute!important;top:0!important;left:0!important;width:0!important;height:0!important;overflow:visible!important;z-index:2147483647!important;';
      render(
        <PageUi store={store} session={session} labels={pageLabels()} win={window} />,
        container,
      );
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui.shadowHost;
}
