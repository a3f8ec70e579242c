import { describe, expect, it } from 'vitest';
import { createNoteHandoff } from '../../../utils/background/note-handoff';

const PANEL = 'chrome-extension://ext/sidepanel.html';

function setUp(panelShowsTab: boolean) {
  const focused: [number, string][] = [];
  const opened: string[] = [];
  const handOver = createNoteHandoff({
    focus: (tabId, id) => (focused.push([tabId, id]), panelShowsTab),
    openWindow: async (url) => void opened.push(url),
    panelUrl: PANEL,
  });
  return { handOver, focused, opened };
}

describe('where a note from the page is written', () => {
  it('in the side panel already showing the tab: no window opens', async () => {
    const { handOver, focused, opened } = setUp(true);
    await handOver(7, 'h1', false);
    expect(focused).toEqual([[7, 'h1']]);
    expect(opened).toEqual([]);
  });

  it('in the panel the frame opened (Chrome): no window opens either', async () => {
    const { handOver, focused, opened } = setUp(false);
    await handOver(7, 'h1', true);
    expect(focused).toEqual([[7, 'h1']]);
    expect(opened).toEqual([]);
  });

  it('else in a small extension window showing the panel for that tab', async () => {
    const { handOver, focused, opened } = setUp(false);
    await handOver(7, 'h1', false);
    // The highlight waits there for the panel the window shows.
    expect(focused).toEqual([[7, 'h1']]);
    expect(opened).toEqual([`${PANEL}?tabId=7`]);
  });
});
