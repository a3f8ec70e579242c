import type { BackgroundDeps, HandlerGroup } from './context';

/** Related links kept for later, and read. */
export function linkHandlers({ owner }: BackgroundDeps): HandlerGroup<'link/later' | 'link/read'> {
  return {
    async 'link/later'({ link, keep }) {
      await owner.setLinkForLater(link, keep);
      return { url: link.url };
    },
    async 'link/read'({ url, read }) {
      await owner.setLinkRead(url, read);
      return { url };
    },
  };
}
