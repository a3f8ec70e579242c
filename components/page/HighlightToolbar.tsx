import { useRef } from 'preact/hooks';
import type { HighlightColor } from '../../utils/schemas/records';
import { ColorPicker } from './ColorPicker';
import type { PageLabels } from './labels';
import { stopKeys, useEscape } from './use-escape';
import { useArmedGuard } from './use-armed-guard';

export interface HighlightToolbarProps {
  colors: readonly HighlightColor[];
  color: HighlightColor;
  onColor: (color: HighlightColor) => void;
  /** Highlight the selection (absent for a highlight that is already painted). */
  onAdd?: () => void;
  /** Open the highlight's note in the side panel (adding the highlight first if needed). */
  onNote: () => void;
  onClose: () => void;
  /** False while the frame is not verifiably visible: then its buttons do nothing. */
  armed: boolean;
  labels: PageLabels;
}

/**
 * Shown by a text selection or a click on a painted highlight: colors, Highlight, and Note (which
 * hands over to the side panel, where no page can draw). No text field and no delete: a page can
 * draw over this frame, so it only offers what is harmless and undoable.
 */
export function HighlightToolbar(props: HighlightToolbarProps) {
  const { colors, color, onAdd, onClose, labels, armed } = props;
  const panel = useRef<HTMLDivElement>(null);
  /** Clicks that arrived while the frame was not seen did nothing: `refused` counts them. */
  const { refused, guard } = useArmedGuard(armed);
  useEscape(panel, onClose);

  return (
    <div
      ref={panel}
      class="ana-panel ana-toolbar"
      data-testid="highlight-toolbar"
      data-armed={armed ? 'true' : 'false'}
      data-refused={refused}
      role="group"
      aria-label={labels.toolbar}
      // Clicks on the toolbar must not clear the page's selection.
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={stopKeys}
    >
      <div class="ana-row">
        <ColorPicker colors={colors} color={color} onColor={guard(props.onColor)} labels={labels} />
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
      <ToolbarActions onNote={guard(props.onNote)} onAdd={onAdd && guard(onAdd)} labels={labels} />
    </div>
  );
}

/** Note (hands over to the side panel) and, for a selection, Highlight. */
function ToolbarActions(props: { onNote: () => void; onAdd?: () => void; labels: PageLabels }) {
  const { onNote, onAdd, labels } = props;
  return (
    <div class="ana-row ana-actions">
      <button
        type="button"
        class="ana-button"
        data-testid="highlight-note-open"
        title={labels.noteInPanel}
        onClick={onNote}
      >
        {labels.addNote}
      </button>
      {onAdd && (
        <button
          type="button"
          class="ana-button ana-primary"
          data-testid="highlight-add"
          onClick={onAdd}
        >
          {labels.highlight}
        </button>
      )}
    </div>
  );
}
