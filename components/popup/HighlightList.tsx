import { useState } from 'preact/hooks';
import type { Highlight } from '../../utils/schemas/records';
import { t } from '../../utils/i18n';
import { NoteField } from '../shared/NoteField';

interface Props {
  highlights: Highlight[];
  orphaned: ReadonlySet<string>;
  /** The current tab shows this article: a highlight can be scrolled to. */
  onTab: boolean;
  onScrollTo: (id: string) => void;
  /** Write a highlight's note; rejects when it could not be kept. */
  onNote: (id: string, note: string) => Promise<void>;
  onDelete: (id: string) => void;
}

/** The article's highlights in page order, with their notes; orphans are marked but listed. */
export function HighlightList({
  highlights,
  orphaned,
  onTab,
  onScrollTo,
  onNote,
  onDelete,
}: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  if (highlights.length === 0) return <p class="muted">{t('noHighlights')}</p>;
  return (
    <ul class="highlights">
      {highlights.map((h) => {
        const orphan = orphaned.has(h.id);
        const canScroll = onTab && !orphan;
        return (
          <li
            key={h.id}
            class={`highlight hl-${h.color}${orphan ? ' is-orphan' : ''}`}
            data-testid="detail-highlight"
            data-orphan={orphan ? 'true' : 'false'}
          >
            {canScroll ? (
              <button
                type="button"
                class="highlight-quote as-button"
                title={t('scrollToHighlight')}
                onClick={() => onScrollTo(h.id)}
              >
                {h.text}
              </button>
            ) : (
              <blockquote class="highlight-quote">{h.text}</blockquote>
            )}
            {orphan && <p class="orphan-tag">{t('hlOrphan')}</p>}
            {editing === h.id ? (
              <NoteField
                value={h.note}
                label={t('highlightNote')}
                placeholder={t('hlNotePlaceholder')}
                testId="detail-highlight-note"
                rows={2}
                onSave={(note) => onNote(h.id, note)}
              />
            ) : (
              h.note && <p class="highlight-note">{h.note}</p>
            )}
            <div class="highlight-actions">
              {editing === h.id ? (
                <button type="button" class="link-button small" onClick={() => setEditing(null)}>
                  {t('noteDone')}
                </button>
              ) : (
                <button type="button" class="link-button small" onClick={() => setEditing(h.id)}>
                  {h.note ? t('editNote') : t('addNote')}
                </button>
              )}
              <button type="button" class="link-button small danger" onClick={() => onDelete(h.id)}>
                {t('hlDelete')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
