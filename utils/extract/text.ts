/** Plain-text helpers shared by the extractors. No DOM globals: nodes are passed in. */

/** Elements whose text is never page content. */
export const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'textarea',
  'button',
  'input',
  'audio',
  'video',
  'head',
  'title',
  'meta',
  'link',
]);

/** Elements that start a new line of text. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const SPACE_RUN = /[\s\u200b]+/g;

/** Collapse every run of whitespace (including NBSP and U+3000) to one space and trim. */
export function normalizeSpace(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/** Collapse whitespace runs to one space without trimming. */
export function collapseSpace(text: string): string {
  return text.replace(SPACE_RUN, ' ');
}

/** Cut `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/**
 * What the extractors read of one element: its tag and the few attributes that hide it or name its
 * region. One `getAttributeNames()` tells which are there, so an element without them costs two
 * DOM calls (most of a page's elements: `<p>`, `<span>`, `<a href>`).
 */
export interface ElementFacts {
  tag: string;
  id: string | null;
  cls: string | null;
  role: string | null;
  style: string | null;
  hidden: boolean;
  ariaHidden: boolean;
}

export function elementFacts(el: Element): ElementFacts {
  const facts: ElementFacts = {
    tag: el.localName,
    id: null,
    cls: null,
    role: null,
    style: null,
    hidden: false,
    ariaHidden: false,
  };
  for (const name of el.getAttributeNames()) {
    if (name === 'id') facts.id = el.getAttribute(name);
    else if (name === 'class') facts.cls = el.getAttribute(name);
    else if (name === 'role') facts.role = el.getAttribute(name);
    else if (name === 'style') facts.style = el.getAttribute(name);
    else if (name === 'hidden') facts.hidden = true;
    else if (name === 'aria-hidden') facts.ariaHidden = el.getAttribute(name) === 'true';
  }
  return facts;
}

/** True when an element with these facts holds no rendered page text. */
export function skippedBy(facts: ElementFacts): boolean {
  if (SKIP_TAGS.has(facts.tag) || facts.hidden || facts.ariaHidden) return true;
  const style = facts.style;
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** True when the element's subtree is not rendered page text. */
export function isSkipped(el: Element): boolean {
  return skippedBy(elementFacts(el));
}

/**
 * The visible text of an element, without script/style/template text, whitespace collapsed.
 * Iterative, so hostile nesting depth cannot overflow the stack.
 */
export function plainText(root: Element, max = 100_000): string {
  let out = '';
  let node: Node | null = root.firstChild;
  while (node && out.length < max) {
    let descend = false;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !isSkipped(node as Element)) {
      descend = !!node.firstChild;
      if (BLOCK_TAGS.has((node as Element).localName) || (node as Element).localName === 'br') {
        out += ' ';
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return normalizeSpace(out);
}

/** Remove a trailing "read more" ellipsis: `[…]`, `[...]`, `…`, `...`. */
export function stripEllipsis(text: string): string {
  return text.replace(/(?:\s*(?:\[\s*(?:…|\.{3})\s*\]|…|\.{3}))+\s*$/u, '').trim();
}
