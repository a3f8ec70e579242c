import type { HighlightColor } from '../../utils/schemas/records';
import { HIGHLIGHT_SWATCHES } from '../../utils/paint/colors';
import type { PageLabels } from './labels';

interface Props {
  colors: readonly HighlightColor[];
  color: HighlightColor;
  onColor: (color: HighlightColor) => void;
  labels: Pick<PageLabels, 'colorPicker' | 'colors'>;
}

/** One toggle button per highlight color; the chosen one is pressed. */
export function ColorPicker({ colors, color, onColor, labels }: Props) {
  return (
    <div class="ana-colors" role="group" aria-label={labels.colorPicker}>
      {colors.map((c) => (
        <button
          key={c}
          type="button"
          class="ana-swatch"
          data-color={c}
          aria-pressed={c === color}
          aria-label={labels.colors[c]}
          title={labels.colors[c]}
          style={{ backgroundColor: HIGHLIGHT_SWATCHES[c].active }}
          onClick={() => onColor(c)}
        />
      ))}
    </div>
  );
}
