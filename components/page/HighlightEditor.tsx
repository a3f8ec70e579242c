import { useEffect, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../utils/highlight-colors';
import { HIGHLIGHT_SWATCHES } from '../../utils/paint/colors';
import { ColorPicker } from './ColorPicker';
import type { PageLabels } from './labels';
import { clampLeft, EDITOR_WIDTH, excerpt } from './position';
import { stopKeys, useEscape } from './use-escape';

export interface EditedHighlight {
  id: string;
  text: string;
  note: string;
  color: HighlightColor;
}

export interface HighlightEditorProps {
  /** Where the editor's top-left corner goes, in page coordinates. */
  x: number;
  y: number;
  /** Visible width of the page; the editor is kept inside it. */
  viewportWidth?: number;
  /** Horizontal scroll of the page. */
  scrollX?: number;
  highlight: EditedHighlight;
  colors?: readonly HighlightColor[];
  onSave: (note: string, color: HighlightColor) => void;
  onDelete: () => void;
  onClose: () => void;
  labels: PageLabels;
}

const EXCERPT_LENGTH = 200;

/** Opened on a painted highlight: change its note or color, or delete it. */
export function HighlightEditor(props: HighlightEditorProps) {
  const { highlight, onSave, onDelete, onClose, labels } = props;
  const panel = useRef<HTMLDivElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState(highlight.note);
  const [color, setColor] = useState<HighlightColor>(highlight.color);
  useEscape(panel, onClose);

  useEffect(() => {
    setNote(highlight.note);
    setColor(highlight.color);
  }, [highlight.id, highlight.note, highlight.color]);
  useEffect(() => noteField.current?.focus(), [highlight.id]);

  const left = clampLeft(props.x, EDITOR_WIDTH, props.viewportWidth, props.scrollX);
  const save = () => onSave(note, color);

  return (
    <div
      ref={panel}
      class="ana-panel ana-editor"
      data-testid="highlight-editor"
      role="dialog"
      aria-label={labels.editor}
      style={{ left: `${left}px`, top: `${props.y}px` }}
      onKeyDown={stopKeys}
    >
      <blockquote class="ana-excerpt" style={{ borderColor: HIGHLIGHT_SWATCHES[color].active }}>
        {excerpt(highlight.text, EXCERPT_LENGTH)}
      </blockquote>
      <textarea
        ref={noteField}
        class="ana-note"
        data-testid="highlight-note"
        aria-label={labels.note}
        placeholder={labels.notePlaceholder}
        rows={3}
        maxLength={20000}
        value={note}
        onInput={(event) => setNote(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
        }}
      />
      <ColorPicker
        colors={props.colors ?? HIGHLIGHT_COLORS}
        color={color}
        onColor={setColor}
        labels={labels}
      />
      <div class="ana-row ana-actions">
        <button
          type="button"
          class="ana-button ana-danger"
          data-testid="highlight-delete"
          onClick={onDelete}
        >
          {labels.delete}
        </button>
        <span class="ana-spacer" />
        <button type="button" class="ana-button" onClick={onClose}>
          {labels.close}
        </button>
        <button
          type="button"
          class="ana-button ana-primary"
          data-testid="highlight-save"
          onClick={save}
        >
          {labels.save}
        </button>
      </div>
    </div>
  );
}
