import { describe, expect, it, vi } from 'vitest';
import { resolveTabId, tabIdFromSearch } from '../../../utils/view/tab-id';

describe('the tab the popup acts on', () => {
  it.each([
    ['?tabId=42', 42],
    ['?foo=1&tabId=7', 7],
    ['', null],
    ['?tabId=', null],
    ['?tabId=-3', null],
    ['?tabId=1.5', null],
    ['?tabId=abc', null],
    ['?tabId=99999999999999999999', null],
  ])('reads %j as %j', (search, expected) => {
    expect(tabIdFromSearch(search)).toBe(expected);
  });

  it('uses the tab named in the address without asking the browser', async () => {
    const query = vi.fn(async () => [{ id: 1 }]);
    expect(await resolveTabId('?tabId=5', query)).toBe(5);
    expect(query).not.toHaveBeenCalled();
  });

  it('falls back to the active tab of the current window', async () => {
    expect(await resolveTabId('', async () => [{ id: 9 }])).toBe(9);
  });

  it('has no tab when there is no active tab or the browser refuses', async () => {
    expect(await resolveTabId('', async () => [])).toBeNull();
    expect(
      await resolveTabId('', async () => {
        throw new Error('no window');
      }),
    ).toBeNull();
  });
});
