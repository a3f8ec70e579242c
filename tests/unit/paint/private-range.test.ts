import { describe as group, expect, it } from 'vitest';
import { createPainter } from '../../../utils/paint';
import { createHighlightApiBackend } from '../../../utils/paint/backends';
import { FakeHighlight, fakeWindow, pageWith, rangeOf, rect } from './helpers';

const ARTICLE = '<p>Open <b>models</b> are catching up.</p>\n<p>Closed labs disagree.</p>';

/**
 * Layout for happy-dom (which has none): a range over "Open" sits at the top of the page, one over
 * "disagree" 100 px lower; any other range has no box.
 */
function withLayout(range: Range) {
  const proto = Object.getPrototypeOf(range) as Range;
  proto.getClientRects = function (this: Range) {
    const text = this.toString();
    const boxes =
      text === 'Open' ? [rect(0, 0, 100, 20)] : text === 'disagree' ? [rect(0, 100, 100, 20)] : [];
    return boxes as unknown as DOMRectList;
  };
}

/** Every range the page can reach through `CSS.highlights`. */
const registered = (registry: Map<string, FakeHighlight>) =>
  [...registry.values()].flatMap((h) => [...h]) as Range[];

group('the ranges the page can reach', () => {
  it('a page moving a registered range changes what it sees, not what a click finds', () => {
    const { doc, body } = pageWith(ARTICLE);
    const { win, registry } = fakeWindow(true);
    const painter = createPainter(win, doc);
    const open = rangeOf(body, 'Open');
    withLayout(open);
    painter.paint('h', open, 'yellow');
    // Positive control: the click on the painted text finds it, one elsewhere does not.
    expect(painter.hitTest(10, 10)).toBe('h');
    expect(painter.hitTest(10, 110)).toBeNull();

    // The page moves every range it can reach in the registry onto other text.
    const elsewhere = rangeOf(body, 'disagree');
    const reachable = registered(registry);
    expect(reachable).toHaveLength(1);
    for (const r of reachable) {
      r.setStart(elsewhere.startContainer, elsewhere.startOffset);
      r.setEnd(elsewhere.endContainer, elsewhere.endOffset);
    }
    expect(reachable[0]!.toString()).toBe('disagree'); // the move took effect on what is shown
    expect(painter.hitTest(10, 110)).toBeNull();
    expect(painter.hitTest(10, 10)).toBe('h');
  });

  it('registers a copy, also after the highlight becomes active, and removes that copy', () => {
    const { body } = pageWith(ARTICLE);
    const { registry } = fakeWindow(true);
    const api = {
      registry: registry as unknown as HighlightRegistry,
      create: () => new FakeHighlight() as unknown as Highlight,
    };
    const backend = createHighlightApiBackend(api);
    const own = rangeOf(body, 'Open');
    withLayout(own);
    backend.add('h', own, 'green', false);
    expect(registered(registry)).toHaveLength(1);
    expect(registered(registry)[0]).not.toBe(own);
    expect(registered(registry)[0]!.toString()).toBe('Open');
    backend.setActive('h', true);
    expect(registered(registry)).toHaveLength(1);
    expect(registered(registry)[0]).not.toBe(own);
    // The page's move of the active copy leaves the backend's own range, and so its rects, alone.
    const elsewhere = rangeOf(body, 'disagree');
    registered(registry)[0]!.setStart(elsewhere.startContainer, elsewhere.startOffset);
    registered(registry)[0]!.setEnd(elsewhere.endContainer, elsewhere.endOffset);
    expect(own.toString()).toBe('Open');
    expect(Array.from(backend.rects('h'))).toEqual([rect(0, 0, 100, 20)]);
    backend.remove('h');
    expect(registered(registry)).toEqual([]);
    expect(Array.from(backend.rects('h'))).toEqual([]);
  });
});
