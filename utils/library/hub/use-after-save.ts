import { useCallback, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Story } from '../../clusters';
import type { ArticleCard } from '../../db';
import { t } from '../../i18n';
import { errorText } from '../../view/errors';
import type { LibraryDeps } from '../deps';
import { buildDigest, type DigestRange } from '../digest/build';
import { digestHtml, digestMarkdown } from '../digest/render';
import type { CardTheme } from '../quote-card/draw';
import type { ReviewStorage } from '../review/store';
import { useReview } from '../review/use-review';
import { FIRST_CARDS } from '../use-library-data';
import { cardFileName, copyToClipboard, downloadBlob, hubQuote, quoteCardPng } from './actions';
import type { HubItem } from './items';
import { useAllHighlights, useHub } from './use-hub';

/** The browser's `storage.local`, where the review's schedule is kept on this device. */
export function browserReviewStorage(): ReviewStorage {
  return {
    get: (key) => browser.storage.local.get(key),
    set: (items) => browser.storage.local.set(items),
  };
}

/** Give a highlight these tags, through the background (the library's one writer). */
export async function tagHighlight(deps: LibraryDeps, item: HubItem, tags: string[]) {
  await deps.send('highlight/update', { id: item.id, tags });
}

/** What comes after saving: the highlights hub, the daily review, the digest and quote cards. */
export function useAfterSave(
  deps: LibraryDeps,
  cards: readonly ArticleCard[],
  stories: readonly Story[] | null,
  storage: ReviewStorage,
  /** The whole library is read: every highlight may be read now. */
  ready: boolean,
) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const report = useCallback(
    (e: unknown) => setMessage({ text: t('libraryError', errorText(e)), error: true }),
    [],
  );
  const say = (text: string) => setMessage({ text, error: false });
  const firstUrls = useMemo(
    () => cards.slice(0, FIRST_CARDS).map((c) => c.url),
    [cards.length > 0],
  );
  const all = useAllHighlights(deps, firstUrls, ready, report);
  const now = deps.now();
  const hub = useHub(all.highlights, all.complete, cards, now);
  const review = useReview(hub.items, storage, deps.now, report);
  const [theme, setTheme] = useState<CardTheme>(() =>
    deps.document.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches
      ? 'dark'
      : 'light',
  );
  const [range, setRange] = useState<DigestRange>('today');
  const digest = useMemo(
    () => buildDigest(cards, stories ?? [], hub.items, range, now),
    [cards, stories, hub.items, range, now.toDateString()],
  );
  const view = deps.document.defaultView as Window & typeof globalThis;
  const digestTitle = () => (range === 'today' ? t('digestTitleToday') : t('digestTitleWeek'));

  return {
    hub,
    review,
    digest: { range, setRange, stories: digest, loading: stories === null },
    theme,
    setTheme,
    message,
    dismissMessage: () => setMessage(null),
    tagHighlight: (item: HubItem, tags: string[]) =>
      tagHighlight(deps, item, tags).then(
        () => true,
        (e: unknown) => (report(e), false),
      ),
    copyQuote: (item: HubItem) =>
      copyToClipboard(view, hubQuote(item)).then(() => say(t('hubCopied')), report),
    downloadCard: (item: HubItem) =>
      quoteCardPng(deps.document, item, theme).then(
        (png) => downloadBlob(deps.document, png, cardFileName(item)),
        report,
      ),
    copyCard: (item: HubItem) =>
      quoteCardPng(deps.document, item, theme)
        .then((png) =>
          view.navigator.clipboard.write([new view.ClipboardItem({ 'image/png': png })]),
        )
        .then(() => say(t('hubCardCopied')), report),
    copyDigestMarkdown: () =>
      copyToClipboard(view, digestMarkdown(digestTitle(), digest, t)).then(
        () => say(t('hubCopied')),
        report,
      ),
    copyDigestRich: () =>
      copyToClipboard(
        view,
        digestMarkdown(digestTitle(), digest, t),
        digestHtml(digestTitle(), digest, t),
      ).then(() => say(t('hubCopied')), report),
    print: () => view.print(),
  };
}
