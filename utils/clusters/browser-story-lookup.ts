import { createDbAccessor } from '../db';
import { subscribeChanges } from '../messages/changes';
import { createStoryClient } from './story-client';
import { createStoryLookup } from './story-lookup';

/** "On this story" for an extension page: the database, the change feed and the story worker. */
export function browserStoryLookup(view: Window) {
  const client =
    typeof (view as { Worker?: unknown }).Worker === 'function'
      ? createStoryClient(
          new Worker(new URL('./story.worker.ts', import.meta.url), { type: 'module' }),
        )
      : null;
  return createStoryLookup({ db: createDbAccessor(), subscribe: subscribeChanges, client });
}
