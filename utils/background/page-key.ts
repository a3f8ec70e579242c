/**
 * Which address a page's highlights are kept under. A page only ever acts on its own address: the
 * URL the browser reports for the frame that sent a request (`sender.url`), without its fragment.
 * The page may name a canonical URL (its `link[rel=canonical]`), and that name is used only where it
 * names the same page as the page's own address (`samePage`, utils/page-identity.ts: the same host
 * ignoring `www.`, path and query once tracking parameters are left out) under the same scheme:
 * an `http://` page never speaks for the `https://` one (a network attacker could write it).
 * A page can therefore never read or write the highlights of another article, whatever it claims.
 */
import { safeHttpUrl } from '../url';
import { samePage } from '../page-identity';

/**
 * The key for the page at `senderUrl` (null when it is not an http(s) page): the `claimed`
 * canonical URL where it agrees with the page's address, else the address itself.
 */
export function pageKey(senderUrl: string | null, claimed?: string | null): string | null {
  const page = safeHttpUrl(senderUrl, undefined, true);
  if (!page) return null;
  const canonical = safeHttpUrl(claimed, undefined, true);
  const sameScheme = canonical && new URL(canonical).protocol === new URL(page).protocol;
  return canonical && sameScheme && samePage(canonical, page) ? canonical : page;
}
