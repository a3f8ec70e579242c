import { CHANNEL } from './envelope';

/*
 * The side panel's port to the background: its name and the two messages on it (the panel says
 * which tab it shows; the background passes on the highlight the reader clicked in that tab).
 */

/** The name of the side panel's port to the background. */
export const PANEL_PORT = 'sidepanel';
export const PANEL_FOLLOW = 'panel/follow';
export const PANEL_SELECT = 'panel/select';

/** What the panel tells the background: the tab it shows. */
export interface FollowMessage {
  channel: typeof CHANNEL;
  type: typeof PANEL_FOLLOW;
  data: { tabId: number | null; windowId: number | null };
}

/** The id of the highlight the reader clicked on the page, if `message` is a selection. */
export function selectedId(message: unknown): string | null {
  const m = message as { channel?: unknown; type?: unknown; data?: { id?: unknown } } | null;
  if (!m || m.channel !== CHANNEL || m.type !== PANEL_SELECT) return null;
  const id = m.data?.id;
  return typeof id === 'string' && id.length > 0 && id.length <= 100 ? id : null;
}
