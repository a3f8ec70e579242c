/** Highlights the page has not reported on yet are asked about again, a few times. */
export const ANCHOR_RETRY_MS = 400;
export const ANCHOR_TRIES = 4;

/** What the page answered about the highlights: which it could not anchor, how many it did not report. */
export interface Anchors {
  orphaned: ReadonlySet<string>;
  unknown: number;
}

export interface AnchorPoll<A extends Anchors> {
  ask: () => Promise<A>;
  sleep: (ms: number) => Promise<void>;
  /** The answers are still wanted (no newer load started). */
  live: () => boolean;
  show: (anchors: A) => void;
}

/**
 * Ask the page which highlights it anchored and show the answer; while some are not reported
 * yet (the page is still painting), ask again after `ANCHOR_RETRY_MS`, up to `ANCHOR_TRIES` in
 * all, and stop as soon as the answers are no longer wanted.
 */
export async function pollAnchors<A extends Anchors>(poll: AnchorPoll<A>): Promise<void> {
  let anchors = await poll.ask();
  if (poll.live()) poll.show(anchors);
  for (let tries = 1; anchors.unknown > 0 && tries < ANCHOR_TRIES; tries++) {
    await poll.sleep(ANCHOR_RETRY_MS);
    if (!poll.live()) return;
    anchors = await poll.ask();
    if (poll.live()) poll.show(anchors);
  }
}
