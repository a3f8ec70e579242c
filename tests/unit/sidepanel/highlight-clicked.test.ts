import { describe, expect, it } from 'vitest';
import { createBackgroundHandlers } from '../../../utils/background/handlers';
import { createOwner } from '../../../utils/db';
import { CHANNEL } from '../../../utils/messages/envelope';
import { dispatch } from '../../../utils/messages/dispatch';
import { backgroundRequests } from '../../../utils/messages/requests';
import { at, freshDb } from '../db/helpers';

const EXT = 'extension-id';

async function setUp(panelTabs: number[]) {
  const { db } = await freshDb();
  const selected: [number, string][] = [];
  const handlers = createBackgroundHandlers({
    db: async () => db,
    owner: createOwner({ db: async () => db, now: () => at(1), announce: () => undefined }),
    setBadge: async () => undefined,
    injectAnnotator: async () => undefined,
    saveTab: async () => {
      throw new Error('not used here');
    },
    tabState: async () => {
      throw new Error('not used here');
    },
    selectInPanel: (tabId, id) => {
      if (!panelTabs.includes(tabId)) return false;
      selected.push([tabId, id]);
      return true;
    },
  });
  const click = (id: unknown, tab?: number) =>
    dispatch(
      backgroundRequests,
      handlers,
      { channel: CHANNEL, type: 'highlight/clicked', data: { id } },
      { id: EXT, ...(tab === undefined ? {} : { tab: { id: tab } }), url: 'https://a.example/' },
      EXT,
    );
  return { click, selected };
}

describe('the page reports a click on one of its highlights', () => {
  it('the side panel showing that tab selects it, and the page is told not to offer its toolbar', async () => {
    const { click, selected } = await setUp([7]);
    expect(await click('h1', 7)).toEqual({ ok: true, value: { handledByPanel: true } });
    expect(selected).toEqual([[7, 'h1']]);
  });

  it('with no panel on that tab (or no tab at all), the page offers its own toolbar (colors and Note)', async () => {
    const { click, selected } = await setUp([7]);
    expect(await click('h1', 8)).toEqual({ ok: true, value: { handledByPanel: false } });
    expect(await click('h1')).toEqual({ ok: true, value: { handledByPanel: false } });
    expect(selected).toEqual([]);
  });

  it('refuses what is not a highlight id', async () => {
    const { click } = await setUp([7]);
    expect(await click('', 7)).toMatchObject({ ok: false, code: 'invalid' });
    expect(await click('x'.repeat(101), 7)).toMatchObject({ ok: false, code: 'invalid' });
  });
});
