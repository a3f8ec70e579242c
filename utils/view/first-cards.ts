import { listRecent, listRecentCards, type ArticleCard, type RecentCards } from '../db/cards';
import { readEarly } from '../db/early-read';
import { DB_VERSION } from '../db/migrations';
import { DB_NAME, type Db } from '../db/schema';
import { EARLY_WAIT_MS, putEarly, takeEarlyWithin } from './early';

/** How many of the newest cards each page shows while its whole list loads. */
export const FIRST_CARDS = { popup: 30, library: 50 } as const;
export type ListPage = keyof typeof FIRST_CARDS;

const earlyName = (page: ListPage) => `${page}/first-cards`;

/** The newest cards `page` shows first. */
export function readFirstCards(db: Db, page: ListPage): Promise<ArticleCard[]> {
  return listRecentCards(db, FIRST_CARDS[page]);
}

/**
 * What a page's first screen shows: the newest cards, and their highlights (the library's hub
 * lists those first while every highlight loads).
 */
export type FirstView = RecentCards;

/** The newest cards `page` shows first, with their highlights. */
export function readFirstView(db: Db, page: ListPage): Promise<FirstView> {
  return listRecent(db, FIRST_CARDS[page]);
}

/** In the page's boot script (its head): start reading its first view while its modules load. */
export function startFirstView(page: ListPage): void {
  putEarly(
    globalThis,
    earlyName(page),
    readEarly(DB_NAME, DB_VERSION, (db) => readFirstView(db, page)),
  );
}

/** In the page's code, before its first render: the boot script's read, if it comes in time. */
export function takeFirstView(page: ListPage): Promise<FirstView | null> {
  return takeEarlyWithin<FirstView>(globalThis, earlyName(page), EARLY_WAIT_MS);
}
