import { useCallback, useEffect, useState } from 'preact/hooks';
import { listCardsOf, listLinksOf, type Change } from '../db';
import type { RelatedLink } from '../schemas/article';
import { toRelatedLink } from '../schemas/canonical';
import { relatedMarks, type MarkOf } from '../view/related-marks';
import type { PanelDeps } from './deps';

const NONE: MarkOf = () => ({ saved: false, read: false, kept: false });

/** Whether `change` may change the marks of `urls`: one of them saved or deleted, or a link. */
const concerns = (change: Change, urls: readonly string[]) =>
  change.all || change.links.length > 0 || change.articles.some((u) => urls.includes(u));

/**
 * The marks of the shown article's related links (saved, read, kept for later), read for those
 * links only and again when a change concerns them; and keeping a link for later from the panel.
 */
export function useRelatedMarks(
  deps: Pick<PanelDeps, 'db' | 'subscribeChanges' | 'sendToBackground'>,
  related: readonly RelatedLink[],
  onError: (e: unknown) => void,
) {
  const [mark, setMark] = useState<MarkOf>(() => NONE);
  const urls = related.map((r) => r.url);
  const key = urls.join('\n');
  const read = useCallback(async () => {
    if (urls.length === 0) return setMark(() => NONE);
    const db = await deps.db.get();
    const [saved, links] = await Promise.all([listCardsOf(db, urls), listLinksOf(db, urls)]);
    setMark(() => relatedMarks(new Set(saved.map((c) => c.url)), links));
  }, [deps, key]);

  useEffect(() => {
    read().catch(onError);
    return deps.subscribeChanges((c) => {
      if (concerns(c, urls)) read().catch(onError);
    });
  }, [read]);

  const toggleKeep = (link: RelatedLink, keep: boolean) => {
    deps
      .sendToBackground('link/later', { link: toRelatedLink(link), keep })
      .then(read)
      .catch(onError);
  };
  return { mark, toggleKeep };
}
