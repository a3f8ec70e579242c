import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { caretAt, caretOf, startedBy } from '../../../utils/content/reader-start';

function page() {
  const win = new Window();
  win.document.write(
    '<!doctype html><html><body><p id="a">苹果公司在人工智能领域的表现备受关注。</p><p id="b">庞若鸣宣布加入Meta。</p></body></html>',
  );
  const doc = win.document as unknown as Document;
  const text = (id: string) => doc.getElementById(id)!.firstChild as Text;
  const range = (id: string, from: number, to: number) => {
    const r = doc.createRange();
    r.setStart(text(id), from);
    r.setEnd(text(id), to);
    return r;
  };
  return { doc, text, range };
}

describe('whether a selection is the reader’s', () => {
  it('accepts a drag’s own selection: from where the press was, either way, or holding it', () => {
    const { text, range } = page();
    const dragged = range('a', 2, 10);
    expect(startedBy(dragged, { node: text('a'), offset: 2 })).toBe(true); // dragged forwards
    expect(startedBy(dragged, { node: text('a'), offset: 10 })).toBe(true); // backwards
    expect(startedBy(dragged, { node: text('a'), offset: 1 })).toBe(true); // a little short
    expect(startedBy(dragged, { node: text('a'), offset: 6 })).toBe(true); // inside (double click)
  });

  it('rejects a selection the page set elsewhere than where the reader started', () => {
    const { text, range } = page();
    const planted = range('b', 0, 5);
    expect(startedBy(planted, { node: text('a'), offset: 3 })).toBe(false);
    expect(startedBy(range('a', 10, 15), { node: text('a'), offset: 2 })).toBe(false);
    expect(startedBy(planted, null)).toBe(false);
    // Positive control: the same selection, with the press inside it.
    expect(startedBy(planted, { node: text('b'), offset: 1 })).toBe(true);
  });

  it('rejects a start in another document', () => {
    const { range } = page();
    const other = page();
    expect(startedBy(range('a', 0, 5), { node: other.text('a'), offset: 2 })).toBe(false);
  });

  it('takes a keyboard selection’s start from the caret', () => {
    const { doc, text } = page();
    const selection = doc.getSelection()!;
    expect(caretOf(null)).toBeNull();
    selection.removeAllRanges();
    expect(caretOf(selection)).toBeNull();
    selection.collapse(text('b'), 4);
    expect(caretOf(selection)).toEqual({ node: text('b'), offset: 4 });
  });

  it('finds the text under a point with whichever caret lookup the browser has', () => {
    const { doc, text } = page();
    const node = text('a');
    const withPosition = Object.assign(Object.create(doc) as Document, {
      caretPositionFromPoint: (x: number, y: number) =>
        x === 5 && y === 6 ? { offsetNode: node, offset: 3 } : null,
    });
    expect(caretAt(withPosition, 5, 6)).toEqual({ node, offset: 3 });
    expect(caretAt(withPosition, 50, 60)).toBeNull();
    const r = doc.createRange();
    r.setStart(node, 7);
    const withRange = Object.assign(Object.create(doc) as Document, {
      caretPositionFromPoint: undefined,
      caretRangeFromPoint: () => r,
    });
    expect(caretAt(withRange, 1, 1)).toEqual({ node, offset: 7 });
    const without = Object.assign(Object.create(doc) as Document, {
      caretPositionFromPoint: undefined,
      caretRangeFromPoint: undefined,
    });
    expect(caretAt(without, 1, 1)).toBeNull();
  });
});
