import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { anchorWithMethod, buildTextIndex, describe } from '../../../utils/anchor';
import { pageBody, textNodes } from './helpers';

const WORDS = ['model', 'open', 'AI', '模型', '发布', '🚀', '𝒜', 'data', ' ', '  ', '\n', ',', 'é'];
const TAGS = [null, 'b', 'i', 'a', 'span'] as const;

const segment = fc.record({
  text: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join('')),
  tag: fc.constantFrom(...TAGS),
});
const page = fc.array(fc.array(segment, { minLength: 1, maxLength: 5 }), {
  minLength: 1,
  maxLength: 6,
});

function build(
  paragraphs: Array<Array<{ text: string; tag: (typeof TAGS)[number] }>>,
): HTMLElement {
  const root = pageBody('');
  const doc = root.ownerDocument;
  for (const segments of paragraphs) {
    const p = doc.createElement('p');
    for (const { text, tag } of segments) {
      const node = doc.createTextNode(text);
      if (tag) p.appendChild(doc.createElement(tag)).appendChild(node);
      else p.appendChild(node);
    }
    root.appendChild(p);
  }
  return root;
}

/** A range between two random (node, offset) points, in document order. */
function randomRange(root: HTMLElement, a: number, b: number): Range {
  const points = textNodes(root).flatMap((node) =>
    Array.from({ length: node.data.length + 1 }, (_, offset) => ({ node, offset })),
  );
  const [first, last] = [a % points.length, b % points.length].sort((x, y) => x - y);
  const start = points[first ?? 0];
  const end = points[last ?? 0];
  const range = root.ownerDocument.createRange();
  if (start && end) {
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
  }
  return range;
}

group('describing then anchoring a selection', () => {
  it('finds the same text again on an unchanged page, at its saved position', () => {
    fc.assert(
      fc.property(page, fc.nat(), fc.nat(), (paragraphs, a, b) => {
        const root = build(paragraphs);
        const range = randomRange(root, a, b);
        const { text } = buildTextIndex(root);
        fc.pre(range.toString().trim().length > 0);
        const selector = describe(root, range);
        expect(text.slice(selector.start, selector.end)).toBe(selector.exact);
        expect(selector.exact).toBe(selector.exact.trim());
        const found = anchorWithMethod(root, selector);
        expect(found?.method).toBe('position');
        expect(found?.range.toString()).toBe(selector.exact);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same text again after a paragraph is added above it', () => {
    fc.assert(
      fc.property(page, fc.nat(), fc.nat(), (paragraphs, a, b) => {
        const root = build(paragraphs);
        const range = randomRange(root, a, b);
        fc.pre(range.toString().trim().length > 0);
        const selector = describe(root, range);
        const intro = root.ownerDocument.createElement('p');
        intro.textContent = 'A paragraph the editors added later.';
        root.insertBefore(intro, root.firstChild);
        expect(anchorWithMethod(root, selector)?.range.toString()).toBe(selector.exact);
      }),
      { numRuns: 300 },
    );
  });
});
