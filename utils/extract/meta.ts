/** Document-level metadata: canonical URL, `<meta>` values, `<title>`. Cheap head lookups only. */
import { safeHttpUrl } from '../url';
import { normalizeSpace } from './text';

const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, '');

/**
 * The article's URL: `link[rel=canonical]` when it is on the page's own host (ignoring `www.`),
 * else the page URL; never with a `#fragment`. Null when the page URL is not http(s).
 */
export function canonicalUrl(doc: Document, pageUrl: string): string | null {
  const page = safeHttpUrl(pageUrl, undefined, true);
  if (!page) return null;
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]')).slice(0, 50)) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('canonical')) continue;
    const href = safeHttpUrl(link.getAttribute('href'), page, true);
    if (href && bareHost(new URL(href).host) === bareHost(new URL(page).host)) return href;
    break;
  }
  return page;
}

/** Content of the first `<meta property|name|itemprop=…>` among `keys` that has one. */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  const metas = doc.querySelectorAll('meta[content]');
  for (const key of keys) {
    const k = key.toLowerCase();
    for (const m of Array.from(metas)) {
      const name = (
        m.getAttribute('property') ??
        m.getAttribute('name') ??
        m.getAttribute('itemprop') ??
        ''
      ).toLowerCase();
      if (name !== k) continue;
      const v = normalizeSpace(m.getAttribute('content') ?? '');
      if (v) return v;
    }
  }
  return null;
}

/** Every non-empty content of `<meta property|name=key>` (e.g. repeated `article:tag`). */
export function metaContents(doc: Document, key: string): string[] {
  const k = key.toLowerCase();
  return Array.from(doc.querySelectorAll('meta[content]'))
    .filter((m) => (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase() === k)
    .map((m) => normalizeSpace(m.getAttribute('content') ?? ''))
    .filter(Boolean);
}

const TITLE_SEPARATOR = /\s+[|｜\-–—·:]\s+|\s*[|｜_]\s*/u;

/** The `<title>` without a trailing site name (`Headline – Site`, `Headline | Site`, `Headline_Site`). */
export function stripSiteSuffix(title: string): string {
  const t = normalizeSpace(title);
  const last = [...t.matchAll(new RegExp(TITLE_SEPARATOR.source, 'gu'))].at(-1);
  if (!last || last.index === undefined) return t;
  const head = t.slice(0, last.index).trim();
  const tail = t.slice(last.index + last[0].length).trim();
  return head && head.length >= tail.length ? head : t;
}

/** The document `<title>` text, or null. */
export function documentTitle(doc: Document): string | null {
  const t = normalizeSpace(doc.querySelector('title')?.textContent ?? '');
  return t || null;
}

const comparable = (s: string) => s.replace(/[\s\p{P}]+/gu, '').toLowerCase();

/** True when two texts are the same once spacing, punctuation and case are ignored. */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = comparable(a);
  return !!x && x === comparable(b);
}

/** True when two headline texts name the same article (site suffixes and spacing aside). */
export function sameTitle(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = comparable(a);
  const y = comparable(b);
  return !!x && (x === y || (x.length >= 6 && y.includes(x)) || (y.length >= 6 && x.includes(y)));
}
