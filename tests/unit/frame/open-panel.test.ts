import { describe, expect, it, vi } from 'vitest';
import { openPanelFromFrame } from '../../../utils/frame/open-panel';

describe('opening the side panel from the frame’s click', () => {
  it('opens it for the tab in Chrome, answering true', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openPanelFromFrame({ chrome: { sidePanel: { open } } }, 7)).toBe(true);
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
  });

  it('asks synchronously, inside the click (the browser allows it only there)', () => {
    const open = vi.fn(async () => undefined);
    void openPanelFromFrame({ chrome: { sidePanel: { open } } }, 7);
    expect(open).toHaveBeenCalledOnce(); // before any await
  });

  it('answers false where it cannot: no sidePanel (Firefox), a refusal, a throw, no tab', async () => {
    expect(await openPanelFromFrame({}, 7)).toBe(false);
    expect(await openPanelFromFrame({ chrome: {} }, 7)).toBe(false);
    const refused = { open: vi.fn(async () => Promise.reject(new Error('user gesture'))) };
    expect(await openPanelFromFrame({ chrome: { sidePanel: refused } }, 7)).toBe(false);
    const throws = {
      open: vi.fn(() => {
        throw new Error('not allowed');
      }),
    };
    expect(await openPanelFromFrame({ chrome: { sidePanel: throws } }, 7)).toBe(false);
    const never = { open: vi.fn(async () => undefined) };
    expect(await openPanelFromFrame({ chrome: { sidePanel: never } }, -1)).toBe(false);
    expect(never.open).not.toHaveBeenCalled();
  });
});
