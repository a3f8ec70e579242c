import type { StoryClient } from '../clusters/story-client';
import type { ArticleCard, Change, DbAccessor } from '../db';
import type { sendToBackground } from '../messages/client';
import type { StoredHighlight } from '../schemas/records';
import type { TemplateStorage } from '../view/note-template-store';

/** Everything the library page reaches outside itself, passed in so tests can supply their own. */
export interface LibraryDeps {
  /** Reads (same origin). Writes never go here: they are requests to the background's owner. */
  db: Pick<DbAccessor, 'get'>;
  send: typeof sendToBackground;
  /** Hear every committed change to the library; returns the unsubscribe function. */
  subscribe: (listener: (change: Change) => void) => () => void;
  /** The story worker, or null where workers cannot run (stories are then computed here). */
  stories: StoryClient | null;
  now: () => Date;
  /** Where downloads are offered. */
  document: Document;
  /** Where the reader's notes template is kept. */
  templates: TemplateStorage;
  /** The newest cards, read before the first render (`entrypoints/library-boot`), if in time. */
  firstCards?: ArticleCard[] | null;
  /** Those cards' highlights, read with them: the hub's first screen. */
  firstHighlights?: StoredHighlight[] | null;
}
