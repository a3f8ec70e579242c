export { createPainter } from './painter';
export type { PaintItem, Painter, PainterOptions } from './painter';
export {
  HIGHLIGHT_STYLE_ID,
  HIGHLIGHT_SWATCHES,
  HIGHLIGHT_TEXT_COLOR,
  highlightName,
  highlightStyleSheet,
} from './colors';
export type { Swatch } from './colors';
export { hitTestRects } from './hit-test';
