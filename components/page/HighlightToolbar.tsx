import { useRef, useState } from 'preact/hooks';
import type { HighlightColor } from '../../utils/schemas/records';
import { ColorPicker } from './ColorPicker';
import type { PageLabels } from './labels';
import { clampLeft, TOOLBAR_WIDTH } from './position';
import { stopKeys, useEscape } from './use-escape';

export interface HighlightToolbarProps {
  /** Where the toolbar's top-left corner goes, in page coordinates. */
  x: number;
  y: number;
  /** Visible width of the page; the toolbar is kept inside it. */
  viewportWidth?: number;
  /** Horizontal scroll of the page. */
  scrollX?: number;
  colors: readonly HighlightColor[];
  color: HighlightColor;
  onColor: (color: HighlightColor) => void;
  note: string;
  onNote: (note: string) => void;
  onAdd: () => void;
  onClose: () => void;
  labels: PageLabels;
}

/** Shown by a text selection: pick a color, optionally write a note, and highlight. */
export function HighlightToolbar(props: HighlightToolbarProps) {
  const { colors, color, onColor, note, onNote, onAdd, onClose, labels } = props;
  const panel = useRef<HTMLDivElement>(null);
  const [noteOpen, setNoteOpen] = useState(note.length > 0);
  useEscape(panel, onClose);
  const left = clampLeft(props.x, TOOLBAR_WIDTH, props.viewportWidth, props.scrollX);

  // Clicks on the toolbar must not clear the page's selection; only the note takes focus.
  const keepSelection = (event: MouseEvent) => {
    if ((event.target as Element | null)?.tagName.toLowerCase() !== 'textarea') {
      event.preventDefault();
    }
  };

  return (
    <div
      ref={panel}
      class="ana-panel ana-toolbar"
      data-testid="highlight-toolbar"
      role="group"
      aria-label={labels.toolbar}
      style={{ left: `${left}px`, top: `${props.y}px` }}
      onMouseDown={keepSelection}
      onKeyDown={stopKeys}
    >
      <div class="ana-row">
        <ColorPicker colors={colors} color={color} onColor={onColor} labels={labels} />
        <button
          type="button"
          class="ana-button ana-icon"
          aria-label={labels.close}
          title={labels.close}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {noteOpen && (
        <textarea
          class="ana-note"
          data-testid="highlight-note"
          autoFocus
          aria-label={labels.note}
          placeholder={labels.notePlaceholder}
          rows={3}
          maxLength={20000}
          value={note}
          onInput={(event) => onNote(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onAdd();
          }}
        />
      )}
      <div class="ana-row ana-actions">
        {!noteOpen && (
          <button
            type="button"
            class="ana-button"
            aria-expanded={false}
            onClick={() => setNoteOpen(true)}
          >
            {labels.addNote}
          </button>
        )}
        <button
          type="button"
          class="ana-button ana-primary"
          data-testid="highlight-add"
          onClick={onAdd}
        >
          {labels.highlight}
        </button>
      </div>
    </div>
  );
}
