import type { Story, StoryDoc } from './story-index';
import { packDocs } from './story-pack';
import type { StoryReply, StoryRequest } from './worker-protocol';

/** The side of the story worker a page talks to. */
export interface StoryClient {
  rebuild(docs: readonly StoryDoc[]): Promise<StoryReply>;
  add(docs: readonly StoryDoc[]): Promise<StoryReply>;
  remove(urls: readonly string[]): Promise<StoryReply>;
  close(): void;
}

type Body = StoryRequest extends infer R ? (R extends StoryRequest ? Omit<R, 'id'> : never) : never;

/** Talk to a worker running `story.worker.ts`; requests are answered in order. */
export function createStoryClient(worker: Worker): StoryClient {
  let next = 1;
  const waiting = new Map<number, (reply: StoryReply) => void>();
  worker.onmessage = (event: MessageEvent<StoryReply>) => {
    const reply = event.data;
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  };
  function ask(body: Body): Promise<StoryReply> {
    const id = next++;
    return new Promise((resolve, reject) => {
      waiting.set(id, (reply) => (reply.error ? reject(new Error(reply.error)) : resolve(reply)));
      // The keyword counts are handed over, not copied (the page has no further use for them).
      const moved = body.type === 'remove' ? [] : [body.docs.keywordCounts.buffer];
      worker.postMessage({ ...body, id }, moved);
    });
  }
  return {
    rebuild: (docs) => ask({ type: 'rebuild', docs: packDocs(docs) }),
    add: (docs) => ask({ type: 'add', docs: packDocs(docs) }),
    remove: (urls) => ask({ type: 'remove', urls: [...urls] }),
    close: () => worker.terminate(),
  };
}

export type { Story };
