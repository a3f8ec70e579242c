import type { browser as extensionBrowser } from 'wxt/browser';
import type { Db, Owner } from '../db';
import { isExtensionUrl } from '../messages/dispatch';
import { sendToFrame } from '../messages/client';
import { ArticleSchema } from '../schemas/article';
import { toHighlight } from '../schemas/canonical';
import type { CommandGrants } from './commands';
import { createFramePorts } from './frame-ports';
import { badgeFor, type BadgeState } from './badge';
import { createPageUi, type PageUiDeps } from './page-ui';

type Browser = typeof extensionBrowser;

/** The in-page highlight UI of every tab, wired to the browser: frame ports, tabs, the owner. */
export function setUpPageUi(
  browser: Browser,
  deps: {
    db: () => Promise<Db>;
    owner: Owner;
    grants: CommandGrants;
    setBadge: (tabId: number, state: BadgeState) => Promise<void>;
    handOver: PageUiDeps['handOver'];
    toolbarWanted: PageUiDeps['toolbarWanted'];
  },
) {
  const origin = browser.runtime.getURL('/');
  const frames = createFramePorts((url) => isExtensionUrl(url, origin));
  const pageUi = createPageUi({
    db: deps.db,
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
    toFrame: (tabId, state) => frames.post(tabId, state),
    toTab: (tabId, frameId, type, data) => sendToFrame(tabId, frameId, type, data),
    checkArticle: (value) => ArticleSchema.nullable().catch(null).parse(value),
    saveHighlight: async (tabId, article, highlight) => {
      await deps.owner.addHighlight(article, highlight);
      await deps.setBadge(tabId, badgeFor(article, true));
    },
    recolor: async (id, color) => toHighlight(await deps.owner.updateHighlight(id, { color })),
    handOver: deps.handOver,
    toolbarWanted: deps.toolbarWanted,
    takeCommandGrant: (tabId) => deps.grants.take(tabId),
  });
  browser.runtime.onConnect.addListener((port) => frames.connect(port, pageUi.stateFor));
  browser.tabs.onRemoved.addListener((tabId) => pageUi.forget(tabId));
  return pageUi;
}
