/** The keys that answer in today's review (the same in every language: keys on the keyboard). */
export const REVIEW_KEYS = { keep: 'K', done: 'D', open: 'O' } as const;

export type ReviewKey = keyof typeof REVIEW_KEYS;

/** What a key press on the review card asks for: keep, done, open, or nothing (with a modifier). */
export function reviewKey(e: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): ReviewKey | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  const key = e.key.toUpperCase();
  const found = Object.entries(REVIEW_KEYS).find(([, letter]) => letter === key);
  return found ? (found[0] as ReviewKey) : null;
}
