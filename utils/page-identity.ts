/**
 * When two addresses name the same page: the same host (ignoring `www.`), the same path (ignoring
 * a trailing slash) and the same query once tracking parameters are left out; the scheme and the
 * fragment may differ. The background keys highlights by it (background/page-key.ts); the page
 * side uses it to tell a move to another page from a change of fragment or tracking parameters.
 */
import { safeHttpUrl } from './url';

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

/** True when `a` and `b` are http(s) addresses of the same page (see above). */
export function samePage(a: string, b: string): boolean {
  const x = safeHttpUrl(a, undefined, true);
  const y = safeHttpUrl(b, undefined, true);
  if (!x || !y) return false;
  return identity(new URL(x)) === identity(new URL(y));
}
