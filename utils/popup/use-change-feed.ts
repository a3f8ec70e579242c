import { useCallback, useEffect, useRef } from 'preact/hooks';
import type { Change } from '../db';
import type { PopupDeps } from './deps';

/**
 * The popup's side of the change feed: `follow` is set to what reads every change again, and
 * `wrote` runs it for a write of this popup at once, without waiting for the feed's echo.
 */
export function useChangeFeed(deps: Pick<PopupDeps, 'subscribeChanges'>) {
  const follow = useRef<(c: Change) => Promise<void>>(async () => undefined);
  /** A write of this popup committed: show it now, without waiting for the feed's echo. */
  const wrote = useCallback((c: Change) => follow.current(c), []);
  useEffect(
    () => deps.subscribeChanges((c) => void follow.current(c).catch(() => undefined)),
    [deps],
  );
  return { follow, wrote };
}
