import { createStoryIndex, type StoryIndex } from './story-index';
import { unpackDocs } from './story-pack';
import type { StoryReply, StoryRequest } from './worker-protocol';

/** The story index of one library page, kept off the page's main thread. */
let index: StoryIndex = createStoryIndex();

self.onmessage = (event: MessageEvent<StoryRequest>) => {
  const request = event.data;
  const started = performance.now();
  const reply: StoryReply = { id: request.id, stories: [], ms: 0 };
  try {
    if (request.type === 'rebuild') index = createStoryIndex(unpackDocs(request.docs));
    else if (request.type === 'add') index.add(unpackDocs(request.docs));
    else index.remove(request.urls);
    reply.stories = index.stories();
  } catch (e) {
    reply.error = e instanceof Error ? e.message : String(e);
  }
  reply.ms = performance.now() - started;
  self.postMessage(reply);
};
