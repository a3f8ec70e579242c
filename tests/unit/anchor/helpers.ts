import { Window } from 'happy-dom';

/** A fresh document whose body holds `html`; the body is the anchoring root. */
export function pageBody(html: string): HTMLElement {
  const win = new Window();
  const parsed = new win.DOMParser().parseFromString(
    `<!doctype html><html><body>${html}</body></html>`,
    'text/html',
  );
  const body = win.document.body;
  for (const child of Array.from(parsed.body.childNodes)) {
    body.appendChild(win.document.importNode(child, true));
  }
  return body as unknown as HTMLElement;
}

/** Text nodes of `root` in document order. */
export function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out.push(child as Text);
      else walk(child);
    }
  };
  walk(root);
  return out;
}

/** A range over the first occurrence of `needle` inside a single text node of `root`. */
export function rangeOf(root: Element, needle: string, occurrence = 0): Range {
  let seen = 0;
  for (const node of textNodes(root)) {
    for (let i = node.data.indexOf(needle); i !== -1; i = node.data.indexOf(needle, i + 1)) {
      if (seen === occurrence) {
        const range = root.ownerDocument.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + needle.length);
        return range;
      }
      seen += 1;
    }
  }
  throw new Error(`not found: ${needle}`);
}

/** The text a range covers, or null for no range. */
export function textOf(range: Range | null | undefined): string | null {
  return range ? range.toString() : null;
}
