import type { Owner } from '../db';
import { ArticleSchema, type Article } from '../schemas/article';
import type { SavedArticle } from '../schemas/records';
import { pageKey } from './page-key';

/** A page that cannot be saved (not http(s), or its script answered nothing that can be kept). */
export class NotSavable extends Error {
  /** A message key of its own: the page that shows it says it in the reader's language. */
  readonly code = 'errPageNotSavable';
  constructor() {
    super('This page cannot be saved.');
    this.name = 'NotSavable';
  }
}

export interface SaveTabDeps {
  /** The tab's own answer to `tab/page-article` (its one extraction, or the page as it is). */
  pageArticle: (tabId: number) => Promise<unknown>;
  /** The address the tab shows (null when it cannot be known). */
  tabUrl: (tabId: number) => Promise<string | null>;
  owner: Pick<Owner, 'saveArticle'>;
  /** Repaint the tab's badge for what was saved. */
  saved: (tabId: number, article: Article) => Promise<void>;
}

/**
 * The one way a page is saved, whoever asks (the popup, the side panel, the context menu, the
 * shortcut): the background asks the tab for the article its page session extracted once, checks
 * it, and saves it under the address the tab itself shows (page-key.ts) — never under one a page
 * or a view names.
 */
export async function saveTab(deps: SaveTabDeps, tabId: number): Promise<SavedArticle> {
  const [answer, url] = await Promise.all([deps.pageArticle(tabId), deps.tabUrl(tabId)]);
  // The page's own scripts could have shaped what its extractor saw: check before keeping it.
  const article = ArticleSchema.nullable().catch(null).parse(answer);
  const key = url && article ? pageKey(url, article.url) : null;
  if (!article || !key) throw new NotSavable();
  const own = { ...article, url: key };
  const { article: saved } = await deps.owner.saveArticle(own);
  await deps.saved(tabId, own);
  return saved;
}
