import { createStoryClient } from '../clusters/story-client';
import { createDbAccessor } from '../db';
import { subscribeChanges } from '../messages/broadcasts';
import { sendToBackground } from '../messages/client';
import { templateStorage } from '../view/note-template-store';
import type { LibraryDeps } from './deps';

/** The library page's real surroundings: the database, the background, the story worker. */
export function createLibraryDeps(view: Window): LibraryDeps {
  const stories =
    typeof (view as { Worker?: unknown }).Worker === 'function'
      ? createStoryClient(
          new Worker(new URL('../clusters/story.worker.ts', import.meta.url), { type: 'module' }),
        )
      : null;
  return {
    db: createDbAccessor(),
    send: sendToBackground,
    subscribe: subscribeChanges,
    stories,
    now: () => new Date(),
    document: view.document,
    templates: templateStorage(),
  };
}
