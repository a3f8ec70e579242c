export { anchor, anchorAll, anchorWithMethod, createAnchorer } from './anchor';
export type { AnchorMethod, AnchorResult, Anchorer, TextSpan } from './anchor';
export {
  CONTEXT_LENGTH,
  SelectionError,
  describe,
  describeInIndex,
  rangeToOffsets,
} from './describe';
export { buildTextIndex, rangeFromOffsets } from './text-position';
export type { TextIndex } from './text-position';
