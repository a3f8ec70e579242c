export { HighlightEditor } from './HighlightEditor';
export type { EditedHighlight, HighlightEditorProps } from './HighlightEditor';
export { HighlightToolbar } from './HighlightToolbar';
export type { HighlightToolbarProps } from './HighlightToolbar';
export { ENGLISH_PAGE_LABELS } from './labels';
export type { PageLabels } from './labels';
export { EDITOR_WIDTH, TOOLBAR_WIDTH } from './position';
export { PAGE_UI_CSS } from './styles';
