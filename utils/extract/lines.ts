/**
 * The page as a list of text lines in document order. A line is the text of one block
 * (paragraph, list item, heading, table cell…) or of one `<br>`-separated run inside a block;
 * inline elements join into the line. Each line remembers the text nodes it came from and the
 * kind of region it sits in (`zones.ts`: page chrome, comments, article header/footer), so
 * extractors can reason in document order without walking the DOM again.
 */
import { BLOCK_TAGS, HEADING_TAGS, collapseSpace, elementFacts, skippedBy } from './text';
import { isArticleish, zoneOf } from './zones';

export { ZONE_CAPTION, ZONE_CHROME, ZONE_COMMENTS, ZONE_FRAME } from './zones';

export interface Piece {
  node: Text;
  /** Offset of this node's text in the line text. */
  start: number;
}

export interface Line {
  index: number;
  /** Whitespace-collapsed text. */
  text: string;
  pieces: Piece[];
  /** Nearest block ancestor of the first piece. */
  block: Element;
  zone: number;
  /** Follows the previous line after a single `<br>` in the same block (a soft line break). */
  soft: boolean;
}

export interface Heading {
  el: Element;
  level: number;
  /** Index of its first line; its lines are `[line, end)`. */
  line: number;
  end: number;
  text: string;
  zone: number;
}

export interface PageLines {
  lines: Line[];
  headings: Heading[];
}

interface Frame {
  el: Element;
  /** A block element: it starts and ends a line. */
  block: boolean;
  zone: number;
  articleDepth: number;
  inArticleEl: boolean;
  heading?: Heading;
}

/** The innermost block element open on the stack. */
function innermostBlock(stack: Frame[], root: Element): Element {
  for (let i = stack.length - 1; i >= 0; i--) {
    const f = stack[i]!;
    if (f.block) return f.el;
  }
  return root;
}

/** The line being written and the lines done, in the block and zone of the stack's top. */
function createLineBuffer(root: Element, maxLines: number, stack: Frame[]) {
  const lines: Line[] = [];
  let text = '';
  let pieces: Piece[] = [];
  let lineZone = 0;
  let lineBlock: Element = root;
  let lineSoft = false;
  /** `<br>`s since the last line ended at a `<br>` (0 after a block boundary). */
  let breaks = 0;

  const flush = () => {
    const trimmed = text.replace(/\s+$/, '');
    if (trimmed && pieces.length && lines.length < maxLines) {
      lines.push({
        index: lines.length,
        text: trimmed,
        pieces,
        block: lineBlock,
        zone: lineZone,
        soft: lineSoft,
      });
    }
    text = '';
    pieces = [];
  };
  return {
    lines,
    flush,
    /** A block starts or ends: so does the line. */
    boundary() {
      flush();
      breaks = 0;
    },
    /** A `<br>` ends the line; more in a row before any text are counted. */
    br() {
      if (pieces.length) {
        flush();
        breaks = 1;
      } else if (breaks) breaks++;
    },
    addText(node: Text) {
      let t = collapseSpace(node.nodeValue ?? '');
      if (!text || /[ \n]$/.test(text)) t = t.replace(/^ /, '');
      if (!t) return;
      if (!pieces.length) {
        lineZone = stack[stack.length - 1]!.zone;
        lineBlock = innermostBlock(stack, root);
        lineSoft = breaks === 1;
        breaks = 0;
      }
      pieces.push({ node, start: text.length });
      text += t;
    },
  };
}
type LineBuffer = ReturnType<typeof createLineBuffer>;

/** A heading's text: its lines joined (with a space between two words of Latin letters). */
function headingText(lines: Line[], h: Heading): string {
  return lines
    .slice(h.line, h.end)
    .reduce(
      (t, l) => (/[A-Za-z0-9]$/.test(t) && /^[A-Za-z0-9]/.test(l.text) ? `${t} ` : t) + l.text,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Entering and leaving elements: their zone, blocks and headings. */
function createElementSteps(stack: Frame[], buffer: LineBuffer, headings: Heading[]) {
  const { lines } = buffer;
  return {
    /** Whether to walk into `el`. */
    enter(el: Element): boolean {
      const facts = elementFacts(el);
      const tag = facts.tag;
      if (skippedBy(facts)) return false;
      if (tag === 'br') {
        buffer.br();
        return false;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) buffer.boundary();
      const top = stack[stack.length - 1]!;
      const frame: Frame = {
        el,
        block,
        zone: top.zone | zoneOf(el, facts, top.articleDepth > 0, top.inArticleEl),
        articleDepth: top.articleDepth + (isArticleish(facts) ? 1 : 0),
        inArticleEl: top.inArticleEl || tag === 'article',
      };
      if (HEADING_TAGS.has(tag)) {
        const at = lines.length;
        frame.heading = {
          el,
          level: Number(tag[1]),
          line: at,
          end: at,
          text: '',
          zone: frame.zone,
        };
      }
      stack.push(frame);
      return true;
    },
    exit() {
      const frame = stack.pop();
      if (!frame) return;
      if (frame.block) buffer.boundary();
      const h = frame.heading;
      if (!h) return;
      h.end = lines.length;
      h.text = headingText(lines, h);
      if (h.text) headings.push(h);
    },
  };
}

/** Walk `root`'s nodes in document order (without recursion: pages can nest deeply). */
function walk(
  root: Element,
  steps: { enter(el: Element): boolean; exit(): void; addText(node: Text): void },
): void {
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 1) {
      if (steps.enter(node as Element)) {
        const child: Node | null = node.firstChild;
        if (child) {
          node = child;
          continue;
        }
        steps.exit();
      }
    } else if (type === 3) {
      steps.addText(node as Text);
    }
    let next: Node | null = node.nextSibling;
    while (!next) {
      node = node.parentNode;
      if (!node || node === root) return;
      steps.exit();
      next = node.nextSibling;
    }
    node = next;
  }
}

/** Build the lines of `root` (normally `doc.body`). At most `maxLines` lines are kept. */
export function buildLines(root: Element, maxLines = 200_000): PageLines {
  const headings: Heading[] = [];
  const stack: Frame[] = [
    {
      el: root,
      block: true,
      zone: 0,
      articleDepth: isArticleish(elementFacts(root)) ? 1 : 0,
      inArticleEl: !!root.closest('article'),
    },
  ];
  const buffer = createLineBuffer(root, maxLines, stack);
  const { enter, exit } = createElementSteps(stack, buffer, headings);
  walk(root, { enter, exit, addText: buffer.addText });
  buffer.flush();
  headings.sort((a, b) => a.line - b.line);
  return { lines: buffer.lines, headings };
}

/** Index of the first line at or after `el`'s start in document order, among `lines[from..to)`. */
export function firstLineAtOrAfter(lines: Line[], el: Node, from = 0, to = lines.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const node = lines[mid]!.pieces[0]!.node;
    // FOLLOWING (4) is set for nodes after `el`, including its descendants.
    const after = node === el || (el.compareDocumentPosition(node) & 4) !== 0;
    if (after) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** True when `line` has a text node inside `el`. */
export function lineIn(line: Line, el: Node): boolean {
  return el.contains(line.pieces[0]!.node);
}
