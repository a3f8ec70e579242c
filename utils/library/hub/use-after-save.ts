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
import { FIRST_CARDS } from '../../view/first-cards';
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

type Say = (text: string) => void;
type Report = (e: unknown) => void;

/** The section's one message line: what went right, or what went wrong in the reader's words. */
function useMessage() {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const report = useCallback(
    (e: unknown) => setMessage({ text: t('libraryError', errorText(e)), error: true }),
    [],
  );
  const say = (text: string) => setMessage({ text, error: false });
  return { message, report, say, dismiss: () => setMessage(null) };
}

/** The quote card's theme: the system's to begin with. */
function useCardTheme(view: Window | null) {
  return useState<CardTheme>(() =>
    view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
  );
}

/**
 * The digest of today or the week, rebuilt as the library or the day changes; built only while
 * it is `shown` (at 50,000 articles a build takes the page tens of milliseconds, and the stories
 * arrive while the reader may already be searching the list).
 */
function useDigest(
  cards: readonly ArticleCard[],
  stories: readonly Story[] | null,
  items: readonly HubItem[],
  now: Date,
  shown: boolean,
) {
  const [range, setRange] = useState<DigestRange>('today');
  const built = useMemo(
    () => (shown ? buildDigest(cards, stories ?? [], items, range, now) : []),
    [shown, cards, stories, items, range, now.toDateString()],
  );
  return { range, setRange, stories: built, loading: stories === null };
}

/** A highlight's quote and quote card, copied or downloaded. */
function quoteActions(deps: LibraryDeps, theme: CardTheme, say: Say, report: Report) {
  const view = deps.document.defaultView as Window & typeof globalThis;
  return {
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
  };
}

/** The digest copied as Markdown, as rich text (with its Markdown beside), or printed. */
function digestActions(
  view: Window & typeof globalThis,
  digest: ReturnType<typeof useDigest>,
  say: Say,
  report: Report,
) {
  const title = () => (digest.range === 'today' ? t('digestTitleToday') : t('digestTitleWeek'));
  return {
    copyDigestMarkdown: () =>
      copyToClipboard(view, digestMarkdown(title(), digest.stories, t)).then(
        () => say(t('hubCopied')),
        report,
      ),
    copyDigestRich: () =>
      copyToClipboard(
        view,
        digestMarkdown(title(), digest.stories, t),
        digestHtml(title(), digest.stories, t),
      ).then(() => say(t('hubCopied')), report),
    print: () => view.print(),
  };
}

/** What comes after saving: the highlights hub, the daily review, the digest and quote cards. */
export function useAfterSave(
  deps: LibraryDeps,
  cards: readonly ArticleCard[],
  stories: readonly Story[] | null,
  storage: ReviewStorage,
  /** The whole library is read: every highlight may be read now. */
  ready: boolean,
  /** The digest is on screen (it is built only then). */
  digestShown: boolean,
) {
  const { message, report, say, dismiss } = useMessage();
  const firstUrls = useMemo(
    () => cards.slice(0, FIRST_CARDS.library).map((c) => c.url),
    [cards.length > 0],
  );
  const all = useAllHighlights(deps, firstUrls, ready, report);
  const now = deps.now();
  const hub = useHub(all.highlights, all.complete, cards, now);
  const review = useReview(hub.items, storage, deps.now, report);
  const view = deps.document.defaultView as Window & typeof globalThis;
  const [theme, setTheme] = useCardTheme(view);
  const digest = useDigest(cards, stories, hub.items, now, digestShown);
  return {
    hub,
    review,
    digest,
    theme,
    setTheme,
    message,
    dismissMessage: dismiss,
    tagHighlight: (item: HubItem, tags: string[]) =>
      tagHighlight(deps, item, tags).then(
        () => true,
        (e: unknown) => (report(e), false),
      ),
    ...quoteActions(deps, theme, say, report),
    ...digestActions(view, digest, say, report),
  };
}
