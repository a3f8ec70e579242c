import { listRecentCards, type ArticleCard } from '../db/cards';
import type { Db } from '../db/schema';

/** How many of the newest cards the library shows while the whole list loads. */
export const FIRST_CARDS = 50;

/** The name the library's boot script gives its read of the first cards (utils/view/early.ts). */
export const EARLY_LIBRARY_CARDS = 'library/first-cards';

/** The newest cards the library shows first. */
export function readFirstCards(db: Db): Promise<ArticleCard[]> {
  return listRecentCards(db, FIRST_CARDS);
}
