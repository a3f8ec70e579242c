import { useRef, useState } from 'preact/hooks';
import type { StoredHighlight } from '../schemas/records';
import { UNDO_MS } from '../view/undo';
import type { PanelDeps } from './deps';

/** The highlight just deleted, offered for undo until `UNDO_MS` pass or another takes its place. */
export function useDeletedHighlight(deps: Pick<PanelDeps, 'setTimeout' | 'clearTimeout'>) {
  const [deleted, setDeleted] = useState<StoredHighlight | null>(null);
  const undoTimer = useRef<number | null>(null);
  const stopUndoTimer = () => {
    if (undoTimer.current !== null) deps.clearTimeout(undoTimer.current);
    undoTimer.current = null;
  };

  function offer(highlight: StoredHighlight) {
    stopUndoTimer();
    setDeleted(highlight);
    undoTimer.current = deps.setTimeout(() => setDeleted(null), UNDO_MS);
  }

  function dismiss() {
    stopUndoTimer();
    setDeleted(null);
  }

  return { deleted, offer, dismiss };
}
