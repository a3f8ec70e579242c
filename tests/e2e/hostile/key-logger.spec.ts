import { test, expect } from '../fixtures';
import { extensionFrame, paintedCount, selectText } from '../page-text';
import { PASSAGE } from './helpers';

const typedOnPage = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { typed: string[] }).typed.slice());

test("a page's capture-phase key and input loggers see nothing of a note the reader types", async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('hostile/key-logger.html'));
  await selectText(page, PASSAGE);
  const frame = await extensionFrame(page);
  await frame.getByRole('button', { name: 'Add a note' }).click();
  const note = frame.getByTestId('highlight-note');
  await note.click();
  await page.keyboard.type('secret plan ');
  await page.keyboard.insertText('秘密');
  await page.keyboard.press('Backspace');
  await expect(note).toHaveValue('secret plan 秘');
  expect(await typedOnPage(page)).toEqual([]);
  await frame.getByTestId('highlight-add').click();
  await expect.poll(() => paintedCount(page)).toBe(1);
  expect(await typedOnPage(page)).toEqual([]);

  // Positive control: the same loggers see what the reader types into the page's own field.
  await page.locator('#page-input').click();
  await page.keyboard.type('abc');
  const typed = await typedOnPage(page);
  expect(typed).toContain('keydown:a');
  expect(typed).toContain('input:c');
});
