import type { Article } from '../schemas';

/** What the toolbar badge says for a page. */
export type BadgeState = 'saved' | 'quickread' | 'none';

/** What the toolbar badge says for a page: saved, a recognized quick-read article, or nothing. */
export function badgeFor(article: Pick<Article, 'format'> | null, saved: boolean): BadgeState {
  if (saved) return 'saved';
  return article?.format === 'quickread' ? 'quickread' : 'none';
}

export interface ActionLike {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle?(details: { tabId: number; title: string }): Promise<void>;
}

const COLORS: Record<BadgeState, string> = {
  saved: '#1a7f37',
  quickread: '#0b62d6',
  none: '#000000',
};

/** Paint the toolbar badge of one tab; closed tabs are ignored. */
export async function paintBadge(
  action: ActionLike,
  tabId: number,
  state: BadgeState,
  labels: Record<BadgeState, string>,
): Promise<void> {
  try {
    await action.setBadgeText({ tabId, text: labels[state] });
    if (state !== 'none') await action.setBadgeBackgroundColor({ tabId, color: COLORS[state] });
  } catch {
    // the tab went away meanwhile
  }
}
