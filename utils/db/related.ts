import type { Article, Link, RelatedLink } from '../schemas';
import { linkFromRelated, mergeLink, SAVE_PRECEDENCE } from './link-merge';
import type { WritableStore } from './schema';

/*
 * Link records are shared: one link can be listed by several saved articles (`fromArticles`) and
 * can be kept for later by the reader. A link stays stored while an article lists it or while it
 * is kept for later.
 */

type LinksStore = WritableStore<'links'>;

/** The link of a related card of `articleUrl`, merged with the stored copy by the one rule. */
function linkOfArticle(related: RelatedLink, existing: Link | undefined, articleUrl: string): Link {
  const incoming = linkFromRelated(related, [articleUrl]);
  return existing ? mergeLink(existing, incoming, SAVE_PRECEDENCE) : incoming;
}

/** The related links of an article, each once, without the article itself. */
function distinctRelated(article: Article): RelatedLink[] {
  const seen = new Set<string>([article.url]);
  return article.related.filter((r) => !seen.has(r.url) && Boolean(seen.add(r.url)));
}

/** Take `articleUrl` out of a link, dropping the link when nothing keeps it any more. */
export function detachLink(links: LinksStore, link: Link, articleUrl: string): Promise<unknown> {
  const fromArticles = link.fromArticles.filter((url) => url !== articleUrl);
  if (fromArticles.length === 0 && !link.savedForLater) return links.delete(link.url);
  return links.put({ ...link, fromArticles });
}

/**
 * Make the links of `article.related` point at the article (filling their title, summary and date
 * from the article), and detach the article from links it no longer lists.
 */
export async function syncRelatedLinks(links: LinksStore, article: Article): Promise<void> {
  const related = distinctRelated(article);
  const relatedUrls = new Set(related.map((r) => r.url));
  const [existing, pointing] = await Promise.all([
    Promise.all(related.map((r) => links.get(r.url))),
    links.index('fromArticles').getAll(article.url),
  ]);
  await Promise.all([
    ...related.map((r, i) => links.put(linkOfArticle(r, existing[i], article.url))),
    ...pointing
      .filter((link) => !relatedUrls.has(link.url))
      .map((link) => detachLink(links, link, article.url)),
  ]);
}
