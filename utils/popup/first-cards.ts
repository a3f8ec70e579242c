import { listRecentCards, type ArticleCard } from '../db/cards';
import type { Db } from '../db/schema';

/** How many of the newest cards are shown at once while the whole list loads. */
export const FIRST_CARDS = 30;

/** The name the popup's boot script gives its read of the first cards (utils/view/early.ts). */
export const EARLY_FIRST_CARDS = 'popup/first-cards';

/** The newest cards the popup shows first. */
export function readFirstCards(db: Db): Promise<ArticleCard[]> {
  return listRecentCards(db, FIRST_CARDS);
}
