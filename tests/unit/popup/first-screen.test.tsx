// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FirstScreen } from '../../../components/popup/FirstScreen';
import { addHighlight, saveArticle, type Db } from '../../../utils/db';
import { highlight } from '../db/helpers';
import { article, mountPopup, type Harness } from './harness';

let popup: Harness | null = null;
let drawn: HTMLElement | null = null;
afterEach(() => {
  popup?.unmount();
  popup = null;
  if (drawn) render(null, drawn);
  drawn?.remove();
  drawn = null;
});

async function seed(db: Db) {
  const day = (d: number) => `2025-03-0${d}T00:00:00.000Z`;
  await saveArticle(db, article(1, { title: '苹果AI团队大将被挖走', keywords: ['苹果'] }), day(1));
  await saveArticle(db, article(2, { title: 'Gemini 3 Pro released', source: '量子位' }), day(2));
  await saveArticle(db, article(3, { title: 'Palantir 合作', source: null }), day(3));
  await addHighlight(db, article(2).url, highlight('h1', { note: '我的笔记' }));
  await addHighlight(db, article(2).url, highlight('h2'));
}

/** `root`'s markup without what only the first screen says of itself, and without control names. */
function markup(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  const app = copy.querySelector('.app')!;
  for (const name of ['inert', 'aria-busy', 'aria-disabled', 'data-complete'])
    app.removeAttribute(name);
  copy.querySelectorAll('[data-testid]').forEach((el) => el.removeAttribute('data-testid'));
  return copy.innerHTML;
}

function drawFirstScreen(): HTMLElement {
  drawn = document.createElement('div');
  document.body.append(drawn);
  render(<FirstScreen cards={popup!.deps.firstCards!} />, drawn);
  return drawn;
}

describe("the popup's first screen", () => {
  it("is the popup's own first render, so nothing moves when the popup takes over", async () => {
    let first = '';
    popup = await mountPopup({
      pageArticle: null,
      seed,
      firstView: true,
      onFirstRender: (root) => (first = markup(root)),
    });
    expect(popup.deps.firstCards?.map((c) => c.title)).toEqual([
      'Palantir 合作',
      'Gemini 3 Pro released',
      '苹果AI团队大将被挖走',
    ]);
    const screen = drawFirstScreen();
    expect(screen.querySelectorAll('.saved-item')).toHaveLength(3);
    expect(screen.textContent).toContain('Highlights: 2');
    expect(markup(screen)).toBe(first);
  });

  it("takes no click, key or focus, says it is busy, and answers to no control's name", async () => {
    popup = await mountPopup({ pageArticle: null, seed, firstView: true });
    const app = drawFirstScreen().querySelector('.app') as HTMLElement;
    expect(app.dataset.testid).toBe('first-screen');
    expect(app.querySelectorAll('[data-testid]')).toHaveLength(0);
    // Positive control: the popup's own screen names its rows and search.
    expect(popup.$$('saved-item')).toHaveLength(3);
    expect(popup.$('search')).not.toBeNull();
    expect(app.inert || app.hasAttribute('inert')).toBe(true);
    expect(app.getAttribute('aria-busy')).toBe('true');
    expect(app.getAttribute('aria-disabled')).toBe('true');
  });

  it('differs from the popup once its page and counts are in (the comparison sees a change)', async () => {
    popup = await mountPopup({ pageArticle: null, seed, firstView: true });
    await expect.poll(() => popup!.$('tab-saved')?.textContent).toContain('3');
    expect(markup(drawFirstScreen())).not.toBe(markup(popup.root));
  });
});
