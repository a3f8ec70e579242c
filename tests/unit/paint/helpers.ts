import { Window as HappyWindow } from 'happy-dom';

export function pageWith(html: string): { win: HappyWindow; doc: Document; body: HTMLElement } {
  const win = new HappyWindow();
  const parsed = new win.DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${html}</body></html>`,
    'text/html',
  );
  for (const child of Array.from(parsed.body.childNodes)) {
    win.document.body.appendChild(win.document.importNode(child, true));
  }
  const doc = win.document as unknown as Document;
  return { win, doc, body: doc.body };
}

/** A range over the first occurrence of `needle` inside one text node under `root`. */
export function rangeOf(root: Element, needle: string): Range {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const i = (node as Text).data.indexOf(needle);
    if (i >= 0) {
      const range = doc.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + needle.length);
      return range;
    }
  }
  throw new Error(`not found: ${needle}`);
}

/** A minimal stand-in for the CSS Custom Highlight API. */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

/** A window with a fake highlight registry and animation frames run by the test. */
export function fakeWindow(withHighlightApi: boolean) {
  const registry = new Map<string, FakeHighlight>();
  const frames: Array<() => void> = [];
  const queueFrame = (callback: () => void) => {
    frames.push(callback);
    return frames.length;
  };
  const win = {
    ...(withHighlightApi ? { CSS: { highlights: registry }, Highlight: FakeHighlight } : {}),
    requestAnimationFrame: queueFrame,
    setTimeout: queueFrame,
    performance: { now: () => 0 },
  } as unknown as Window & typeof globalThis;
  const runFrame = () => frames.shift()?.();
  return { win, registry, frames, runFrame };
}

export function rect(left: number, top: number, width: number, height: number): DOMRect {
  return { left, top, right: left + width, bottom: top + height, width, height } as DOMRect;
}
