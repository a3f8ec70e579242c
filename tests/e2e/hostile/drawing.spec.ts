import type { Frame, Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { armedToolbar, paintedCount, pointOf, selectText, highlightByHand } from '../page-text';
import { PASSAGE, savedHighlights, toolbarShowings } from './helpers';

// A page that draws over the extension's frame: it cannot read it, but it can cover it, make it
// transparent, transform it, move the painted ranges and set selections of its own.

const OTHER = '过去几个月,已有不少顶尖员工离职';
const page$ = (page: Page) => page as Page & { evaluate: Page['evaluate'] };
const call = <T>(page: Page, fn: string, ...args: unknown[]) =>
  page$(page).evaluate(
    ([name, rest]) => (window as unknown as Record<string, (...a: unknown[]) => T>)[name]!(...rest),
    [fn, args] as const,
  );

/** Click the Highlight button where it is on screen now, as the reader's mouse would. */
async function clickHighlight(page: Page, frame: Frame) {
  const box = (await frame.getByTestId('highlight-add').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const refusedClicks = (frame: Frame) =>
  frame.getByTestId('highlight-toolbar').getAttribute('data-refused').then(Number);

const attacks: {
  name: string;
  apply: (page: Page, frame: Frame) => Promise<unknown>;
  undo: (page: Page) => Promise<unknown>;
}[] = [
  {
    name: 'made nearly transparent',
    apply: (page) => call(page, 'styleHost', 'opacity:0.01!important;'),
    undo: (page) => call(page, 'styleHost', 'opacity:1!important;'),
  },
  {
    name: 'transformed',
    apply: (page) => call(page, 'styleHost', 'transform:rotate(2deg)!important;'),
    undo: (page) => call(page, 'styleHost', 'transform:none!important;'),
  },
];

for (const attack of attacks) {
  test(`the reader's click on Highlight does nothing while the frame is ${attack.name}`, async ({
    context,
    server,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await page.goto(server.url('hostile/drawing.html'));
    await selectText(page, PASSAGE);
    const frame = await armedToolbar(page);
    await attack.apply(page, frame);
    await expect(frame.getByTestId('highlight-toolbar')).toHaveAttribute('data-armed', 'false');
    await clickHighlight(page, frame);
    // The click reached the button, which refused it.
    await expect.poll(() => refusedClicks(frame)).toBe(1);

    // Positive control: once the page stops drawing over it, the same click highlights, once.
    await attack.undo(page);
    await expect(frame.getByTestId('highlight-toolbar')).toHaveAttribute('data-armed', 'true');
    await clickHighlight(page, frame);
    await expect.poll(() => paintedCount(page)).toBe(1);
    expect((await savedHighlights(serviceWorker)).map((h) => h.text)).toEqual([PASSAGE]);
  });
}

test('painted ranges the page moves onto its own button open nothing there; the real passage does', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('hostile/drawing.html'));
  const frame = await highlightByHand(page, PASSAGE);
  await expect.poll(() => paintedCount(page)).toBe(1);
  expect(await toolbarShowings(frame)).toBe(1);
  expect(await call<number>(page, 'moveHighlights')).toBeGreaterThan(0);

  // The reader clicks Play, where the page now draws the highlight: Play plays, nothing opens.
  const play = (await page.locator('#play').boundingBox())!;
  await page.mouse.click(play.x + play.width / 2, play.y + play.height / 2);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { typed: string[] }).typed))
    .toContain('play');

  // Positive control: a click on the real passage offers the highlight's colors and Note — the
  // second showing of the toolbar, so the click on Play showed none.
  const at = await pointOf(page, PASSAGE);
  await page.mouse.click(at.x, at.y);
  await armedToolbar(page);
  await expect(frame.getByTestId('highlight-note-open')).toHaveCount(1);
  expect(await toolbarShowings(frame)).toBe(2);
});

test("a selection the page sets on the reader's mouseup is not offered; the reader's own is", async ({
  context,
  server,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('hostile/drawing.html'));
  await call(page, 'selectOnMouseup', PASSAGE);
  const play = (await page.locator('#play').boundingBox())!;
  await page.mouse.click(play.x + play.width / 2, play.y + play.height / 2);
  expect(await page.evaluate(() => getSelection()?.toString())).toBe(PASSAGE);

  // Positive control: the reader's own drag over another passage is offered, and it is the
  // toolbar's first showing: the page's selection was never offered.
  await page.mouse.click(5, 5);
  await selectText(page, OTHER);
  const frame = await armedToolbar(page);
  expect(await toolbarShowings(frame)).toBe(1);
  await frame.getByTestId('highlight-add').click();
  await expect.poll(() => paintedCount(page)).toBe(1);
  expect((await savedHighlights(serviceWorker)).map((h) => h.text)).toEqual([OTHER]);
});
