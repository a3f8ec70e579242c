/**
 * Which address a page's highlights are kept under. A page only ever acts on its own address: the
 * URL the browser reports for the frame that sent a request (`sender.url`), without its fragment.
 * The page may name a canonical URL (its `link[rel=canonical]`), and that name is used only where it
 * agrees with the page's own address — the same host (ignoring `www.`), the same path (ignoring a
 * trailing slash) and the same query once tracking parameters are left out; the scheme may differ.
 * A page can therefore never read or write the highlights of another article, whatever it claims.
 */
import { safeHttpUrl } from '../url';

/** Query parameters that say where a reader came from, not which page this is. */
const TRACKING =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|spm|ref|from|share_source)$/i;

const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, '');
const barePath = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

function identity(url: URL): string {
  const query = [...url.searchParams]
    .filter(([k]) => !TRACKING.test(k))
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join('&');
  return `${bareHost(url.host)}${barePath(url.pathname)}?${query}`;
}

/** True when `claimed` names the same page as `pageUrl` (see above). */
export function agrees(claimed: string, pageUrl: string): boolean {
  const a = safeHttpUrl(claimed, undefined, true);
  const b = safeHttpUrl(pageUrl, undefined, true);
  if (!a || !b) return false;
  return identity(new URL(a)) === identity(new URL(b));
}

/**
 * The key for the page at `senderUrl` (null when it is not an http(s) page): the `claimed`
 * canonical URL where it agrees with the page's address, else the address itself.
 */
export function pageKey(senderUrl: string | null, claimed?: string | null): string | null {
  const page = safeHttpUrl(senderUrl, undefined, true);
  if (!page) return null;
  const canonical = safeHttpUrl(claimed, undefined, true);
  return canonical && agrees(canonical, page) ? canonical : page;
}
