import { expect, openPopup, test } from './fixtures';
import { pageWithPanel } from './page-text';

/*
 * One note field in the popup, the side panel and the library: each writes itself after a pause
 * or when the focus leaves it, says where the note is, shows a note written elsewhere, and never
 * replaces what the reader is typing with it.
 */
test("an article's note, written in each of the three views, reaches the others and never overwrites typing", async ({
  context,
  serviceWorker,
  extensionId,
  server,
}) => {
  const { tabId, panel } = await pageWithPanel(
    context,
    serviceWorker,
    extensionId,
    server.url('quickread-wordpress.html'),
  );
  await panel.getByTestId('panel-save').click();
  await expect(panel.getByTestId('panel-save')).toHaveAttribute('data-saved', 'true');

  // The side panel: written after a pause, with its state said.
  const panelNote = panel.getByTestId('panel-note');
  await panelNote.fill('写在侧栏');
  await expect(panel.getByTestId('panel-note-state')).toHaveAttribute('data-state', 'saved');

  // The popup shows it; a note written there reaches the open panel.
  const popup = await openPopup(context, extensionId, tabId);
  await popup.getByTestId('saved-item').first().click();
  const detailNote = popup.getByTestId('detail-note');
  await expect(detailNote).toHaveValue('写在侧栏');
  await detailNote.fill('写在弹窗');
  await expect(popup.getByTestId('detail-note-state')).toHaveAttribute('data-state', 'saved');
  await expect(panelNote).toHaveValue('写在弹窗');
  await popup.close();

  // The library shows it too.
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.getByTestId('library-item').first().click();
  const libraryNote = library.getByTestId('library-note');
  await expect(libraryNote).toHaveValue('写在弹窗');

  // A second library, left alone, is the witness that a note written elsewhere has arrived.
  const witness = await context.newPage();
  await witness.goto(`chrome-extension://${extensionId}/library.html`);
  await witness.getByTestId('library-item').first().click();
  const witnessNote = witness.getByTestId('library-note');
  await expect(witnessNote).toHaveValue('写在弹窗');

  // While the reader types in the library, a note written in the panel does not replace it.
  await libraryNote.click();
  await library.keyboard.press('End');
  await library.keyboard.type('，还在写');
  const libraryState = library.getByTestId('library-note-state');
  // The reader goes on typing in the library (each key starts its pause again) while the note is
  // written in the panel: on a slow machine the panel's write can take longer than one pause.
  let typed = '写在弹窗，还在写';
  let typing = true;
  const typer = (async () => {
    while (typing) {
      await library.keyboard.type('。');
      typed += '。';
      await library.waitForTimeout(150);
    }
  })();
  try {
    await panelNote.fill('侧栏同时改了');
    await panelNote.blur(); // written at once, before the library's pause is over
    await expect(panel.getByTestId('panel-note-state')).toHaveAttribute('data-state', 'saved');
    await expect(witnessNote).toHaveValue('侧栏同时改了');
  } finally {
    typing = false;
    await typer;
  }
  // Positive control: the panel's note has reached the libraries (the idle one showed it), and
  // the typing one had not written its own text yet.
  await expect(libraryState).toHaveAttribute('data-state', 'pending');
  await expect(libraryNote).toHaveValue(typed);
  // Once the reader pauses, the library's text is written, and it is what everyone shows.
  await expect(libraryState).toHaveAttribute('data-state', 'saved');
  await expect(libraryNote).toHaveValue(typed);
  await expect(panelNote).toHaveValue(typed);
  await expect(witnessNote).toHaveValue(typed);
});
