import type { BackgroundDeps, HandlerGroup } from './context';

/** The library as a whole: sync, and writes made in the extension's origin outside the owner. */
export function syncHandlers(deps: BackgroundDeps): HandlerGroup<'changes/announce' | 'sync/run'> {
  return {
    async 'changes/announce'() {
      deps.owner.announce({ articles: [], highlights: [], links: [], all: true });
      return null;
    },
    async 'sync/run'({ mode }) {
      if (!deps.sync) throw new Error('Sync is not available here.');
      return deps.sync.run(mode);
    },
  };
}
