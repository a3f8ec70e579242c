import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { pageTheme } from '../../../utils/content/annotator/theme';

function page(style: string) {
  const win = new Window();
  win.document.write(`<html><body style="${style}"><p id="p">text</p></body></html>`);
  const doc = win.document as unknown as Document;
  return { win: win as unknown as globalThis.Window, doc };
}

describe("the in-page frame follows the page's look", () => {
  it.each([
    ['a white page', 'background-color: rgb(255, 255, 255)', 'light'],
    ['a black page', 'background-color: rgb(10, 10, 12)', 'dark'],
    ['a dark grey page', 'background-color: rgb(40, 44, 52)', 'dark'],
    ['a page that paints no background', '', 'light'],
    ['a nearly transparent dark layer', 'background-color: rgba(0, 0, 0, 0.1)', 'light'],
  ])('%s is %s', (_name, style, theme) => {
    const { win, doc } = page(style);
    expect(pageTheme(win, [doc.getElementById('p'), doc.body])).toBe(theme);
  });
});
