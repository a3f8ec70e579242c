import { t } from '../../utils/i18n';
import type { Timers } from '../../utils/view/autosave';
import type { Highlight } from '../../utils/schemas/records';
import { PanelHighlight, type HighlightHandlers } from './PanelHighlight';

interface Props extends HighlightHandlers {
  /** In page order. */
  highlights: Highlight[];
  orphaned: ReadonlySet<string>;
  selected: string | null;
  timers: Timers;
}

/** The page's highlights in page order; the ones the page could not find are marked, not hidden. */
export function PanelHighlights({ highlights, orphaned, selected, timers, ...handlers }: Props) {
  return (
    <section class="panel-section" aria-labelledby="panel-highlights-title">
      <h2 id="panel-highlights-title" class="section-title">
        {t('highlightsCount', highlights.length)}
      </h2>
      {highlights.length === 0 ? (
        <p class="muted">{t('noHighlights')}</p>
      ) : (
        <ul class="panel-highlights">
          {highlights.map((h) => (
            <PanelHighlight
              key={h.id}
              highlight={h}
              orphan={orphaned.has(h.id)}
              selected={selected === h.id}
              timers={timers}
              {...handlers}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
