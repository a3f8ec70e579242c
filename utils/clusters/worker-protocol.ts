import type { Story } from './story-index';
import type { PackedDocs } from './story-pack';

/**
 * What the library asks the story worker. Every request is answered with the stories after it.
 * Articles travel packed (`packDocs`): their texts in one list.
 */
export type StoryRequest =
  | { id: number; type: 'rebuild'; docs: PackedDocs }
  | { id: number; type: 'add'; docs: PackedDocs }
  | { id: number; type: 'remove'; urls: string[] };

export interface StoryReply {
  id: number;
  stories: Story[];
  /** Time the worker spent on the request. */
  ms: number;
  error?: string;
}
