import { REVIEW_STORAGE_KEY } from '../hub/limits';
import { parseSchedule, type ReviewSchedule } from './schedule';

/** The part of `storage.local` the review uses (the browser's, or a fake in tests). */
export interface ReviewStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSchedule(storage: ReviewStorage): Promise<ReviewSchedule> {
  return parseSchedule((await storage.get(REVIEW_STORAGE_KEY))[REVIEW_STORAGE_KEY]);
}

export async function saveSchedule(storage: ReviewStorage, s: ReviewSchedule): Promise<void> {
  await storage.set({ [REVIEW_STORAGE_KEY]: s });
}
