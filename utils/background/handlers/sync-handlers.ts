import type { BackgroundDeps, HandlerGroup } from './context';

/** The library as a whole: sync. */
export function syncHandlers(deps: BackgroundDeps): HandlerGroup<'sync/run'> {
  return {
    async 'sync/run'({ mode }) {
      if (!deps.sync) throw new Error('Sync is not available here.');
      return deps.sync.run(mode);
    },
  };
}
