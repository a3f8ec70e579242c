import { describe, expect, it } from 'vitest';
import {
  followedTab,
  PANEL_FOLLOW,
  selectedId,
  selectMessage,
} from '../../../utils/messages/broadcasts';
import { CHANNEL } from '../../../utils/messages/envelope';

const follow = (data: unknown) => ({ channel: CHANNEL, type: PANEL_FOLLOW, data });

describe('the side panel’s port', () => {
  it('hears which tab a panel follows; what is not an id reads as none', () => {
    expect(followedTab(follow({ tabId: 3, windowId: 1 }))).toEqual({ tabId: 3, windowId: 1 });
    expect(followedTab(follow({ tabId: '3', windowId: -1 }))).toEqual({
      tabId: null,
      windowId: null,
    });
    expect(followedTab({ ...follow({ tabId: 3, windowId: 1 }), channel: 'other' })).toBeNull();
    expect(followedTab(selectMessage('h1'))).toBeNull();
  });

  it('selects only a well-formed highlight id', () => {
    expect(selectedId(selectMessage('h1'))).toBe('h1');
    expect(selectedId(selectMessage(''))).toBeNull();
    expect(selectedId({ ...selectMessage('h1'), data: { id: 5 } })).toBeNull();
    expect(selectedId(follow({ tabId: 3, windowId: 1 }))).toBeNull();
  });
});
