import type { BackgroundRequestOf, BackgroundType } from './requests';
import type { TabRequestOf, TabType } from './tab-requests';
import type { BackgroundResponses, TabResponses } from './replies';

/** The request and response types of every request, by its type name. */
export type RequestOf<T extends BackgroundType | TabType> = T extends BackgroundType
  ? BackgroundRequestOf<T>
  : T extends TabType
    ? TabRequestOf<T>
    : never;
export type ResponseOf<T extends BackgroundType | TabType> = T extends BackgroundType
  ? BackgroundResponses[T]
  : T extends TabType
    ? TabResponses[T]
    : never;
export type { BackgroundType, TabType };
