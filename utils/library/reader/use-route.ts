import { useEffect, useState } from 'preact/hooks';
import { parseRoute, routeHash, type Route } from './route';

/** The library's section as the address says (`#hub`, `#reader?url=…`), with back/forward. */
export function useRoute(view: Window) {
  const [route, setRoute] = useState<Route>(() => parseRoute(view.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(view.location.hash));
    view.addEventListener('hashchange', onHash);
    return () => view.removeEventListener('hashchange', onHash);
  }, [view]);
  return {
    route,
    go(next: Route) {
      const hash = routeHash(next);
      if (hash === (view.location.hash === '#' ? '' : view.location.hash)) return setRoute(next);
      if (hash) view.location.hash = hash;
      else view.history.pushState(null, '', view.location.pathname + view.location.search);
      setRoute(next);
    },
  };
}
