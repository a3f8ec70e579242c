import type { HandlerMap } from '../messages/dispatch';
import type { backgroundRequests } from '../messages/requests';
import type { BackgroundResponses } from '../messages/replies';
import { noPageUi } from './page-ui';
import type { BackgroundDeps } from './handlers/context';
import { pageHandlers } from './handlers/page-handlers';
import { highlightHandlers } from './handlers/highlight-handlers';
import { articleHandlers } from './handlers/article-handlers';
import { tagHandlers } from './handlers/tag-handlers';
import { linkHandlers } from './handlers/link-handlers';
import { syncHandlers } from './handlers/sync-handlers';

export type { BackgroundDeps } from './handlers/context';

/** The background's answers to every request of the protocol: plain async functions, by concept. */
export function createBackgroundHandlers(
  deps: BackgroundDeps,
): HandlerMap<typeof backgroundRequests, BackgroundResponses> {
  return {
    ...(deps.pageUi ?? noPageUi()).handlers,
    ...pageHandlers(deps),
    ...highlightHandlers(deps),
    ...articleHandlers(deps),
    ...tagHandlers(deps),
    ...linkHandlers(deps),
    ...syncHandlers(deps),
  };
}
