import { change, type Change } from '../db';
import type { MessageKey } from '../i18n';
import type { RelatedLink } from '../schemas/article';
import { toRelatedLink } from '../schemas/canonical';
import type { Link } from '../schemas/records';
import type { PopupDeps } from './deps';

export interface LinkActionsContext {
  deps: Pick<PopupDeps, 'sendToBackground'>;
  /** A write of this popup committed: show it at once. */
  wrote: (change: Change) => Promise<void>;
  report: (key: MessageKey, e: unknown) => void;
}

/** What the reader does with related links: keep for later, let go, mark read (through the background). */
export function useLinkActions(ctx: LinkActionsContext) {
  async function writeLink(url: string, work: () => Promise<unknown>) {
    try {
      await work();
      await ctx.wrote(change({ links: [url] }));
    } catch (e) {
      ctx.report('errLinkFailed', e);
    }
  }

  const toggleKeep = (link: RelatedLink, keep: boolean) =>
    writeLink(link.url, () =>
      ctx.deps.sendToBackground('link/later', { link: toRelatedLink(link), keep }),
    );

  const setRead = (url: string, read: boolean) =>
    writeLink(url, () => ctx.deps.sendToBackground('link/read', { url, read }));

  /** The reader opened a kept link: it is read now. */
  const openLater = (link: Link) => {
    if (link.readAt === null) void setRead(link.url, true);
  };

  const removeFromLater = (link: Link) => toggleKeep(link, false);

  return { toggleKeep, setRead, openLater, removeFromLater };
}
