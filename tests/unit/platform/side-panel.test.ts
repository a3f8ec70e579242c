import { describe, expect, it, vi } from 'vitest';
import { openSidePanel } from '../../../utils/platform/side-panel';

describe('opening the side panel', () => {
  it('in Chrome, beside the tab, asked before the function returns (inside the gesture)', async () => {
    const open = vi.fn(async () => undefined);
    const opened = openSidePanel({ sidePanel: { open } }, { tabId: 4, windowId: 2 });
    expect(open).toHaveBeenCalledWith({ tabId: 4 });
    expect(await opened).toBe(true);
  });

  it('in Chrome, in the window when no tab is known', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openSidePanel({ sidePanel: { open } }, { tabId: null, windowId: 2 })).toBe(true);
    expect(open).toHaveBeenCalledWith({ windowId: 2 });
    expect(await openSidePanel({ sidePanel: { open } }, {})).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('in Firefox, the sidebar', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openSidePanel({ sidebarAction: { open } }, { tabId: 4 })).toBe(true);
    expect(open).toHaveBeenCalledOnce();
  });

  it('answers false when the browser refuses (no gesture) or has neither', async () => {
    const refuse = vi.fn(() =>
      Promise.reject(new Error('may only be called in response to a user gesture')),
    );
    expect(await openSidePanel({ sidePanel: { open: refuse } }, { tabId: 1 })).toBe(false);
    const throws = () => {
      throw new Error('no');
    };
    expect(await openSidePanel({ sidebarAction: { open: throws } }, {})).toBe(false);
    expect(await openSidePanel({}, { tabId: 1 })).toBe(false);
    expect(refuse).toHaveBeenCalledOnce();
  });
});
