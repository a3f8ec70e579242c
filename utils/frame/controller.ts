import type { FrameState } from '../messages/frame-state';
import type { BackgroundType, RequestOf, ResponseOf } from '../messages/types';
import type { HighlightColor } from '../schemas/records';
import { errorText } from '../i18n-errors';

interface PortLike {
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}
type Send = <T extends BackgroundType>(type: T, data: RequestOf<T>) => Promise<ResponseOf<T>>;

const KINDS = new Set(['none', 'toolbar', 'editor', 'notice']);
const isState = (m: unknown): m is FrameState =>
  typeof m === 'object' && m !== null && KINDS.has((m as { kind?: string }).kind ?? '');

/**
 * The in-page frame's link to the background: what to show comes over its port, what the reader
 * does goes back as requests. Failures are shown to the reader where they were working.
 */
export function connectFrame(connect: () => PortLike, send: Send) {
  let state: FrameState = { kind: 'none' };
  const listeners = new Set<(s: FrameState) => void>();
  const set = (next: FrameState) => {
    state = next;
    for (const l of listeners) l(state);
  };
  const port = connect();
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
    add: (color: HighlightColor, note: string) => attempt(send('frame/add', { color, note })),
    update: (id: string, note: string, color: HighlightColor) =>
      attempt(send('frame/update', { id, note, color })),
    remove: (id: string) => attempt(send('frame/delete', { id })),
    close() {
      set({ kind: 'none' });
      void attempt(send('frame/close', {}));
    },
    size: (width: number, height: number) =>
      void send('frame/size', { width, height }).catch(() => undefined),
  };
}
export type FrameController = ReturnType<typeof connectFrame>;
