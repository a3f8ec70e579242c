import type { z } from 'zod';
import type { BackgroundResponses, BackgroundType, backgroundRequests } from './protocol';
import type { TabRequestOf, TabResponses, TabType } from './tab-protocol';

/** The request and response types of every message, by its type name. */
export type RequestOf<T extends BackgroundType | TabType> = T extends BackgroundType
  ? z.infer<(typeof backgroundRequests)[T]>
  : T extends TabType
    ? TabRequestOf<T>
    : never;
export type ResponseOf<T extends BackgroundType | TabType> = T extends BackgroundType
  ? BackgroundResponses[T]
  : T extends TabType
    ? TabResponses[T]
    : never;
export type { BackgroundType, TabType };
