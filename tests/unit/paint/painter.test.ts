import { describe as group, expect, it } from 'vitest';
import { anchor, describe } from '../../../utils/anchor';
import { createPainter, HIGHLIGHT_STYLE_ID } from '../../../utils/paint';
import { fakeWindow, pageWith, rangeOf, rect } from './helpers';

const ARTICLE = '<p>Open <b>models</b> are catching up.</p>\n<p>Closed labs disagree.</p>';

group('painting with the Custom Highlight API', () => {
  it('keeps one registered highlight per color and leaves the page untouched', () => {
    const { doc, body } = pageWith(ARTICLE);
    const before = body.outerHTML;
    const { win, registry } = fakeWindow(true);
    const painter = createPainter(win, doc);
    const open = rangeOf(body, 'Open');
    const closed = rangeOf(body, 'Closed');
    painter.paint('a', open, 'yellow');
    painter.paint('b', closed, 'yellow');
    painter.paint('c', rangeOf(body, 'labs'), 'blue');
    expect(painter.mode).toBe('highlight-api');
    expect([...registry.keys()].sort()).toEqual(['ana-blue', 'ana-yellow']);
    const yellow = [...(registry.get('ana-yellow') ?? [])].map((r) => r.toString());
    expect(yellow).toEqual([open.toString(), closed.toString()]);
    expect(body.outerHTML).toBe(before);
  });

  it('moves a highlight to a new color when repainted and drops it when removed', () => {
    const { doc, body } = pageWith(ARTICLE);
    const { win, registry } = fakeWindow(true);
    const painter = createPainter(win, doc);
    const range = rangeOf(body, 'Open');
    painter.paint('a', range, 'yellow');
    painter.paint('a', range, 'green');
    expect(registry.get('ana-yellow')?.size).toBe(0);
    expect(registry.get('ana-green')?.size).toBe(1);
    painter.remove('a');
    expect(registry.get('ana-green')?.size).toBe(0);
    expect(painter.has('a')).toBe(false);
  });

  it('draws the active highlight in a separate, higher-priority highlight', () => {
    const { doc, body } = pageWith(ARTICLE);
    const { win, registry } = fakeWindow(true);
    const painter = createPainter(win, doc);
    const range = rangeOf(body, 'Open');
    painter.paint('a', range, 'pink');
    painter.setActive('a');
    expect(registry.get('ana-pink')?.size).toBe(0);
    expect(registry.get('ana-pink-active')?.size).toBe(1);
    expect(registry.get('ana-pink-active')?.priority).toBe(1);
    painter.setActive(null);
    expect(registry.get('ana-pink')?.size).toBe(1);
    expect(registry.get('ana-pink-active')?.size).toBe(0);
  });

  it('paints a copy of the range, unaffected by later changes to the original', () => {
    const { doc, body } = pageWith(ARTICLE);
    const { win, registry } = fakeWindow(true);
    const painter = createPainter(win, doc);
    const selection = rangeOf(body, 'Open');
    painter.paint('a', selection, 'yellow');
    selection.collapse(true);
    expect([...(registry.get('ana-yellow') ?? [])].map((r) => r.toString())).toEqual(['Open']);
  });

  it('unregisters its highlights on clear and removes its style sheet on destroy', () => {
    const { doc, body } = pageWith(ARTICLE);
    const { win, registry } = fakeWindow(true);
    const painter = createPainter(win, doc);
    painter.paint('a', rangeOf(body, 'Open'), 'yellow');
    expect(doc.getElementById(HIGHLIGHT_STYLE_ID)?.parentNode).toBe(doc.head);
    expect(doc.getElementById(HIGHLIGHT_STYLE_ID)?.textContent).toContain(
      '::highlight(ana-yellow-active)',
    );
    painter.clear();
    expect(registry.size).toBe(0);
    painter.destroy();
    expect(doc.getElementById(HIGHLIGHT_STYLE_ID)).toBeNull();
  });
});

group('painting many highlights', () => {
  it('spreads the work over animation frames and resolves when all are painted', async () => {
    const { doc, body } = pageWith(ARTICLE);
    const { win, registry, frames, runFrame } = fakeWindow(true);
    const painter = createPainter(win, doc, { frameBudgetMs: 0 });
    const words = ['Open', 'models', 'catching', 'Closed', 'labs'];
    let done = false;
    const finished = painter
      .paintMany(words.map((w, i) => ({ id: `h${i}`, range: rangeOf(body, w), color: 'yellow' })))
      .then(() => (done = true));
    expect(registry.get('ana-yellow')?.size ?? 0).toBe(0);
    runFrame();
    expect(registry.get('ana-yellow')?.size).toBe(1);
    painter.remove('h4');
    while (frames.length > 0) runFrame();
    await finished;
    expect(done).toBe(true);
    expect(registry.get('ana-yellow')?.size).toBe(4);
    expect(painter.has('h4')).toBe(false);
  });

  it('stops painting and settles when cleared midway', async () => {
    const { doc, body } = pageWith(ARTICLE);
    const { win, registry, runFrame } = fakeWindow(true);
    const painter = createPainter(win, doc, { frameBudgetMs: 0 });
    const pending = painter.paintMany([
      { id: 'a', range: rangeOf(body, 'Open'), color: 'yellow' },
      { id: 'b', range: rangeOf(body, 'labs'), color: 'yellow' },
    ]);
    runFrame();
    painter.clear();
    await pending;
    runFrame();
    expect(registry.get('ana-yellow')).toBeUndefined();
  });
});

group('finding the highlight under a click', () => {
  it('matches the point against the painted ranges, preferring the active one', () => {
    const { doc, body } = pageWith(ARTICLE);
    const { win } = fakeWindow(true);
    const painter = createPainter(win, doc);
    const first = rangeOf(body, 'Open');
    const second = rangeOf(body, 'models');
    first.getClientRects = () => [rect(0, 0, 100, 20)] as unknown as DOMRectList;
    second.getClientRects = () => [rect(50, 0, 100, 20)] as unknown as DOMRectList;
    first.cloneRange = () => first;
    second.cloneRange = () => second;
    painter.paint('first', first, 'yellow');
    painter.paint('second', second, 'green');
    expect(painter.hitTest(10, 10)).toBe('first');
    expect(painter.hitTest(60, 10)).toBe('second');
    painter.setActive('first');
    expect(painter.hitTest(60, 10)).toBe('first');
    expect(painter.hitTest(500, 10)).toBeNull();
  });
});

group('painting without the Custom Highlight API', () => {
  it('wraps the text in marks across inline elements, keeping the text unchanged', () => {
    const { doc, body } = pageWith(ARTICLE);
    const text = body.textContent;
    const painter = createPainter(fakeWindow(false).win, doc);
    const range = doc.createRange();
    range.setStart(rangeOf(body, 'Open').startContainer, 2);
    range.setEnd(rangeOf(body, 'Closed').startContainer, 6);
    painter.paint('h1', range, 'green');
    expect(painter.mode).toBe('mark');
    const marks = Array.from(body.querySelectorAll('mark[data-ana-id="h1"]'));
    expect(marks.map((m) => m.textContent)).toEqual([
      'en ',
      'models',
      ' are catching up.',
      'Closed',
    ]);
    expect(marks.every((m) => m.getAttribute('data-ana-color') === 'green')).toBe(true);
    expect(body.textContent).toBe(text);
  });

  it('unwraps the marks and merges the text back on remove', () => {
    const { doc, body } = pageWith(ARTICLE);
    const before = body.outerHTML;
    const painter = createPainter(fakeWindow(false).win, doc);
    painter.paint('h1', rangeOf(body, 'catching'), 'yellow');
    painter.paint('h2', rangeOf(body, 'labs'), 'blue');
    painter.setActive('h2');
    expect(body.querySelector('mark[data-ana-id="h2"]')?.hasAttribute('data-ana-active')).toBe(
      true,
    );
    painter.remove('h1');
    painter.remove('h2');
    expect(body.outerHTML).toBe(before);
  });

  it('keeps highlights findable after marks were added', () => {
    const { doc, body } = pageWith(ARTICLE);
    const selector = describe(body, rangeOf(body, 'are catching'));
    const painter = createPainter(fakeWindow(false).win, doc);
    painter.paint('h1', rangeOf(body, 'models'), 'yellow');
    expect(anchor(body, selector)?.toString()).toBe('are catching');
    expect(describe(body, rangeOf(body, 'are catching'))).toEqual(selector);
  });
});

group('choosing how to paint', () => {
  it('falls back to marks when the highlight registry refuses highlights', () => {
    const { doc, body } = pageWith(ARTICLE);
    const { win, registry } = fakeWindow(true);
    registry.set = () => {
      throw new Error('denied');
    };
    const painter = createPainter(win, doc);
    expect(painter.mode).toBe('mark');
    painter.paint('a', rangeOf(body, 'Open'), 'yellow');
    expect(body.querySelector('mark')?.textContent).toBe('Open');
  });
});
