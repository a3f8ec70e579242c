/**
 * The page scripts are two, both injected by the background only where there is work: the small
 * checker looks cheaply whether a page may be a quick-read article, and the annotator (extraction,
 * anchoring, painting) registers itself under this key in the
 * extension's isolated world, where page scripts cannot see it. Only an own, read-only property of
 * that world's global counts: an element the page names so (`<div id=…>`, DOM clobbering) shows
 * through the window's prototype chain, never as an own property.
 */
export const ANNOTATOR_KEY = '__aiNewsAnnotator';

export interface AnnotatorApi {
  /** The page moved to another address without loading (a single-page app). */
  onNavigate(): void;
  /** The page changed: recognize it again if no article was found yet; true once one is. */
  recheck(): boolean;
}

type Holder = Record<typeof ANNOTATOR_KEY, AnnotatorApi | undefined>;

export function registeredAnnotator(scope: object): AnnotatorApi | undefined {
  const own = Object.getOwnPropertyDescriptor(scope, ANNOTATOR_KEY);
  return own && 'value' in own ? (own.value as Holder[typeof ANNOTATOR_KEY]) : undefined;
}

export function registerAnnotator(scope: object, api: AnnotatorApi): void {
  Object.defineProperty(scope, ANNOTATOR_KEY, { value: api, enumerable: false });
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
