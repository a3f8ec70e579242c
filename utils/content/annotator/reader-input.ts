import type { FrameHost } from './frame-host';
import type { PageSession } from './page-session';
import { watchSelection } from '../selection-watch';

/**
 * The reader's own input on the page, handed to the session: finished selections, Escape, and
 * clicks (on a painted highlight). Scripts' events are not trusted and are ignored.
 */
export function listenToReader(
  doc: Document,
  signal: AbortSignal,
  session: Pick<PageSession, 'onSelection' | 'onClick' | 'close'>,
  frame: { get(): FrameHost | null; built(): FrameHost | null },
): void {
  // The frame loads while the reader is still selecting, so the toolbar shows at once.
  watchSelection(
    doc,
    signal,
    (start) => session.onSelection(start),
    () => frame.get()?.prepare(),
  );
  const options = { signal };
  doc.addEventListener(
    'keyup',
    (e) => void (e.isTrusted && e.key === 'Escape' && session.close()),
    options,
  );
  // Only the reader's own clicks open a highlight; scripts' clicks are not trusted.
  doc.addEventListener(
    'click',
    (e) => void (e.isTrusted && !frame.built()?.owns(e) && session.onClick(e.clientX, e.clientY)),
    options,
  );
}
