import type { DispatchContext, HandlerMap } from '../messages/dispatch';
import type { TabRequestOf, TabResponses, TabType, tabRequests } from '../messages/tab-protocol';

/**
 * The content script is split in two. A small part runs on every page: it checks cheaply whether
 * the page may be an article and waits for the reader. The annotator (extraction, anchoring,
 * painting, the in-page UI) is injected only where it is needed, and registers itself under this
 * key in the extension's isolated world, where page scripts cannot see it.
 */
export const ANNOTATOR_KEY = '__aiNewsAnnotator';

export interface AnnotatorApi {
  /** Answers to the popup's and the background's requests. */
  handlers: HandlerMap<typeof tabRequests, TabResponses>;
  /** The reader's selection changed (the first one, seen by the small part). */
  onSelection(): void;
}

type Holder = Record<typeof ANNOTATOR_KEY, AnnotatorApi | undefined>;

export function registeredAnnotator(scope: object): AnnotatorApi | undefined {
  return (scope as Holder)[ANNOTATOR_KEY];
}

export function registerAnnotator(scope: object, api: AnnotatorApi): void {
  (scope as Holder)[ANNOTATOR_KEY] = api;
}

/**
 * Loads the annotator once: asks the background to inject it, then finds it registered. Every
 * caller waits for the same load.
 */
export function createAnnotatorLoader(scope: object, inject: () => Promise<unknown>) {
  let loading: Promise<AnnotatorApi> | null = null;
  return {
    loaded: () => registeredAnnotator(scope) !== undefined,
    load(): Promise<AnnotatorApi> {
      const ready = registeredAnnotator(scope);
      if (ready) return Promise.resolve(ready);
      loading ??= inject().then(() => {
        const api = registeredAnnotator(scope);
        if (!api) throw new Error('The annotator could not be loaded on this page.');
        return api;
      });
      loading.catch(() => (loading = null));
      return loading;
    },
  };
}
export type AnnotatorLoader = ReturnType<typeof createAnnotatorLoader>;

/** Tab requests answered by loading the annotator first. */
export function lazyTabHandlers(
  loader: AnnotatorLoader,
): HandlerMap<typeof tabRequests, TabResponses> {
  const forward =
    <K extends TabType>(type: K) =>
    async (data: TabRequestOf<K>, context: DispatchContext) => {
      const handler = (await loader.load()).handlers[type] as (
        d: TabRequestOf<K>,
        c: typeof context,
      ) => Promise<TabResponses[K]>;
      return handler(data, context);
    };
  return {
    'tab/article': forward('tab/article'),
    'tab/anchors': forward('tab/anchors'),
    'tab/scroll-to': forward('tab/scroll-to'),
    'tab/refresh': forward('tab/refresh'),
    'tab/highlight-selection': forward('tab/highlight-selection'),
    'tab/save-page': forward('tab/save-page'),
  };
}
