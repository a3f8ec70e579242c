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

/** True when the element's subtree is not rendered page text. */
export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
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
