import type { Story, StoryDoc } from './story-index';

/** What the library asks the story worker. Every request is answered with the stories after it. */
export type StoryRequest =
  | { id: number; type: 'rebuild'; docs: StoryDoc[] }
  | { id: number; type: 'add'; docs: StoryDoc[] }
  | { id: number; type: 'remove'; urls: string[] };

export interface StoryReply {
  id: number;
  stories: Story[];
  /** Time the worker spent on the request. */
  ms: number;
  error?: string;
}
