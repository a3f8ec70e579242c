/**
 * The in-page frame: an `<iframe>` of the extension's `frame.html` (the toolbar and the editor)
 * inside a closed shadow root, placed by the reader's selection. The page can see that a frame is
 * there, but cannot script it, read it or see the keys typed in it: it is another origin's
 * document. This side only places, sizes, shows and hides it; it never learns what is typed.
 */
import { placePanel, type Box } from './placement';

export interface FrameAnchor {
  first: Box;
  last: Box;
  rtl: boolean;
}

export interface FrameHost {
  /** Show the frame by `anchor` at `width`×`height` (until the frame says what it needs). */
  open(anchor: FrameAnchor, width: number, height: number): void;
  /** The frame's panel needs this size. */
  resize(width: number, height: number): void;
  close(): void;
  /** Load the frame ahead of need (the reader started selecting), still hidden. */
  prepare(): void;
  isOpen(): boolean;
  /** Whether an event happened on the frame (its host element). */
  owns(event: Event): boolean;
}

const HOST_STYLE =
  'all:initial!important;position:absolute!important;top:0!important;left:0!important;' +
  'width:0!important;height:0!important;overflow:visible!important;z-index:2147483647!important;';
// Hidden frames stay rendered (visibility, not display), so showing one is a single paint.
const FRAME_STYLE =
  'position:absolute;border:0;margin:0;padding:0;background:transparent;color-scheme:light;' +
  'visibility:hidden;left:0;top:0;width:0;height:0;max-width:none;max-height:none;';

/** The host element (a closed shadow root) and the hidden frame in it. */
function buildFrame(doc: Document, src: string) {
  const host = doc.createElement('ana-frame-host');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  frame.setAttribute('style', FRAME_STYLE);
  frame.setAttribute('allowtransparency', 'true');
  frame.title = '';
  frame.src = src;
  shadow.append(frame);
  return { host, frame };
}

/** Show the frame by its anchor, at its size, within the viewport. */
function placeFrame(
  win: Window,
  root: HTMLElement,
  frame: HTMLIFrameElement,
  anchor: FrameAnchor,
  size: { width: number; height: number },
): void {
  const { left, top, width } = placePanel({
    ...anchor,
    ...size,
    viewportWidth: root.clientWidth || win.innerWidth,
    viewportHeight: root.clientHeight || win.innerHeight,
    scrollX: win.scrollX,
    scrollY: win.scrollY,
  });
  const s = frame.style;
  s.left = `${left}px`;
  s.top = `${top}px`;
  s.width = `${width}px`;
  s.height = `${size.height}px`;
  s.visibility = 'visible';
}

/** The frame, built on first use; null where the document cannot hold it (SVG, XML). */
export function createFrameHost(doc: Document, src: string): FrameHost | null {
  const win = doc.defaultView;
  const root = doc.documentElement;
  if (!win || !(root instanceof win.HTMLElement)) return null;
  let host: HTMLElement | null = null;
  let frame: HTMLIFrameElement | null = null;
  let anchor: FrameAnchor | null = null;
  let size = { width: 0, height: 0 };

  const build = () => {
    ({ host, frame } = buildFrame(doc, src));
    root.append(host);
  };
  const place = () => {
    if (frame && anchor) placeFrame(win, root, frame, anchor, size);
  };

  return {
    open(next, width, height) {
      if (!frame) build();
      else if (host && !host.isConnected) root.append(host);
      anchor = next;
      size = { width, height };
      place();
    },
    resize(width, height) {
      if (!anchor) return;
      size = { width, height };
      place();
    },
    close() {
      anchor = null;
      if (frame) frame.style.visibility = 'hidden';
    },
    prepare() {
      if (!frame) build();
    },
    isOpen: () => anchor !== null,
    owns: (event) => host !== null && event.composedPath().includes(host),
  };
}

/**
 * The frame host of `doc`, built on first use (`get`); `built` is null until then, or where the
 * document cannot hold one (the failure is reported once).
 */
export function lazyFrameHost(doc: Document, src: string, onError: (e: unknown) => void) {
  let frame: FrameHost | null | undefined;
  return {
    get(): FrameHost | null {
      if (frame === undefined) {
        try {
          frame = createFrameHost(doc, src);
        } catch (e) {
          frame = null;
          onError(e);
        }
      }
      return frame;
    },
    built: () => frame ?? null,
  };
}
