/** The library's sections, and where the address (`#…`) says the page is. */
export type Section = 'articles' | 'hub' | 'review' | 'digest' | 'reader';

export interface Route {
  section: Section;
  /** The article open in the reader view. */
  url: string | null;
  /** The highlight the reader view starts at. */
  highlight: string | null;
}

export const HOME: Route = { section: 'articles', url: null, highlight: null };

const SIMPLE: readonly Section[] = ['hub', 'review', 'digest'];

/** The route a location hash names (`#hub`, `#reader?url=…&h=…`); the articles otherwise. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [name, query = ''] = raw.split('?', 2) as [string, string?];
  if ((SIMPLE as string[]).includes(name)) return { ...HOME, section: name as Section };
  if (name === 'reader') {
    const params = new URLSearchParams(query);
    const url = params.get('url');
    if (url && /^https?:\/\//i.test(url)) {
      return { section: 'reader', url, highlight: params.get('h') || null };
    }
  }
  return HOME;
}

/** The hash for a route (the inverse of `parseRoute`). */
export function routeHash(route: Route): string {
  if (route.section === 'reader' && route.url) {
    const params = new URLSearchParams({ url: route.url });
    if (route.highlight) params.set('h', route.highlight);
    return `#reader?${params.toString()}`;
  }
  return route.section === 'articles' ? '' : `#${route.section}`;
}
