import { describe as group, expect, it } from 'vitest';
import {
  buildTextIndex,
  offsetToPoint,
  pointToOffset,
  rangeFromOffsets,
  snapBackward,
  snapForward,
} from '../../../utils/anchor/text-position';
import {
  compactText,
  isWhitespace,
  stripWhitespace,
  toCompactOffset,
  toRawSpan,
} from '../../../utils/anchor/whitespace';
import { pageBody } from './helpers';

group('the text of a page', () => {
  it('concatenates text nodes in document order, leaving out scripts, styles and templates', () => {
    const root = pageBody(
      '<p>One <b>two</b></p><script>var x = 1;</script><style>p{}</style>' +
        '<noscript>no js</noscript><template><p>tpl</p></template><p>three</p>',
    );
    const index = buildTextIndex(root);
    expect(index.text).toBe('One twothree');
    expect(index.starts).toEqual([0, 4, 7]);
  });

  it('maps an offset at a node boundary to the next node for a start and the previous for an end', () => {
    const index = buildTextIndex(pageBody('<p>ab<i>cd</i></p>'));
    const start = offsetToPoint(index, 2, 'start');
    const end = offsetToPoint(index, 2, 'end');
    expect(start?.node.data).toBe('cd');
    expect(start?.offset).toBe(0);
    expect(end?.node.data).toBe('ab');
    expect(end?.offset).toBe(2);
  });

  it('builds a range over offsets spanning inline elements', () => {
    const index = buildTextIndex(pageBody('<p>Hello <a href="#">big</a> world</p>'));
    expect(rangeFromOffsets(index, 3, 13)?.toString()).toBe('lo big wor');
  });

  it('has no range for a root without text', () => {
    expect(rangeFromOffsets(buildTextIndex(pageBody('<img>')), 0, 0)).toBeNull();
  });

  it('maps boundary points in elements and outside the root to text offsets', () => {
    const root = pageBody('<p>ab</p><p>cd</p>');
    const index = buildTextIndex(root);
    const second = root.children[1] as Element;
    expect(pointToOffset(index, second, 0)).toBe(2);
    expect(pointToOffset(index, root, root.childNodes.length)).toBe(4);
    expect(pointToOffset(index, second.firstChild as Text, 1)).toBe(3);
    expect(pointToOffset(index, root.ownerDocument.documentElement, 0)).toBe(0);
  });

  it('never places an offset inside a surrogate pair', () => {
    const text = 'a😀b';
    expect(snapBackward(text, 2)).toBe(1);
    expect(snapForward(text, 2)).toBe(3);
    expect(snapForward(text, 1)).toBe(1);
  });
});

group('the whitespace-free view of a text', () => {
  it('drops all whitespace and maps back to the original offsets', () => {
    const compact = compactText(' a\n  b\u00a0c ');
    expect(compact.text).toBe('abc');
    expect(Array.from(compact.toRaw)).toEqual([1, 5, 7]);
    expect(toCompactOffset(compact, 2)).toBe(1);
    expect(toRawSpan(compact, 1, 3)).toEqual({ start: 5, end: 8 });
  });
});

group('whitespace detection', () => {
  it('agrees with the regular expression class for every BMP char', () => {
    for (let code = 0; code < 0x10000; code += 1) {
      const char = String.fromCharCode(code);
      expect(stripWhitespace(char).length === 0).toBe(isWhitespace(code));
    }
  });
});
