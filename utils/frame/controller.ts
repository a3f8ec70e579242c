import type { FrameState } from '../messages/broadcasts';
import type { BackgroundType, RequestOf, ResponseOf } from '../messages/types';
import type { HighlightColor } from '../schemas/records';
import { errorText } from '../i18n-errors';

interface PortLike {
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}
type Send = <T extends BackgroundType>(type: T, data: RequestOf<T>) => Promise<ResponseOf<T>>;

export interface FrameDeps {
  connect: () => PortLike;
  send: Send;
  /**
   * Open the side panel beside tab `tabId`, called inside the reader's click (Chrome allows it
   * only there): answers whether the browser opened it. Firefox cannot from a framed page.
   */
  openPanel: (tabId: number) => Promise<boolean>;
}

const KINDS = new Set(['none', 'toolbar', 'notice']);
const isState = (m: unknown): m is FrameState =>
  typeof m === 'object' && m !== null && KINDS.has((m as { kind?: string }).kind ?? '');

/**
 * The in-page frame's link to the background: what to show comes over its port, what the reader
 * does goes back as requests. Every action here is harmless and undoable (a color, a highlight,
 * handing over to the side panel); failures are shown where the reader was working.
 */
export function connectFrame(deps: FrameDeps) {
  let state: FrameState = { kind: 'none' };
  const listeners = new Set<(s: FrameState) => void>();
  const set = (next: FrameState) => {
    state = next;
    for (const l of listeners) l(state);
  };
  const port = deps.connect();
  port.onMessage.addListener((m) => isState(m) && set(m));
  port.onDisconnect.addListener(() => set({ kind: 'none' }));

  const attempt = (work: Promise<unknown>) =>
    work.catch((e: unknown) => {
      const theme = state.kind === 'none' ? 'light' : state.theme;
      set({ kind: 'notice', theme, token: Date.now(), message: errorText(e) });
    });

  return {
    get: () => state,
    subscribe(listener: (s: FrameState) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Highlight the selection in `color`, or recolor the painted highlight shown. */
    color: (color: HighlightColor) => attempt(deps.send('frame/color', { color })),
    add: (color: HighlightColor) => attempt(deps.send('frame/add', { color })),
    /** Note: the highlight (added first if it is a selection) opens in the side panel. */
    note(color: HighlightColor) {
      // Asked synchronously, inside the reader's click: the browser allows it only there.
      const opening =
        state.kind === 'toolbar' ? deps.openPanel(state.tabId) : Promise.resolve(false);
      void attempt(opening.then((panelOpened) => deps.send('frame/note', { color, panelOpened })));
    },
    close() {
      set({ kind: 'none' });
      void attempt(deps.send('frame/close', {}));
    },
    size: (width: number, height: number) =>
      void deps.send('frame/size', { width, height }).catch(() => undefined),
  };
}
export type FrameController = ReturnType<typeof connectFrame>;
