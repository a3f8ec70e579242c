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
export function HighlightList({ highlights, orphaned, onTab, ...handlers }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  if (highlights.length === 0) return <p class="muted">{t('noHighlights')}</p>;
  return (
    <ul class="highlights">
      {highlights.map((h) => (
        <HighlightItem
          key={h.id}
          highlight={h}
          orphan={orphaned.has(h.id)}
          onTab={onTab}
          editing={editing === h.id}
          onEdit={(on) => setEditing(on ? h.id : null)}
          {...handlers}
        />
      ))}
    </ul>
  );
}

interface ItemProps extends Pick<Props, 'onTab' | 'onScrollTo' | 'onNote' | 'onDelete'> {
  highlight: Highlight;
  orphan: boolean;
  /** Its note is open for writing. */
  editing: boolean;
  onEdit: (on: boolean) => void;
}

/** One highlight: its passage (click: show it on the page), its note, Edit and Delete. */
function HighlightItem({ highlight: h, orphan, onTab, editing, onEdit, ...on }: ItemProps) {
  const canScroll = onTab && !orphan;
  return (
    <li
      class={`highlight hl-${h.color}${orphan ? ' is-orphan' : ''}`}
      data-testid="detail-highlight"
      data-orphan={orphan ? 'true' : 'false'}
    >
      {canScroll ? (
        <button
          type="button"
          class="highlight-quote as-button"
          title={t('scrollToHighlight')}
          onClick={() => on.onScrollTo(h.id)}
        >
          {h.text}
        </button>
      ) : (
        <blockquote class="highlight-quote">{h.text}</blockquote>
      )}
      {orphan && <p class="orphan-tag">{t('hlOrphan')}</p>}
      {editing ? (
        <NoteField
          value={h.note}
          label={t('highlightNote')}
          placeholder={t('hlNotePlaceholder')}
          testId="detail-highlight-note"
          rows={2}
          onSave={(note) => on.onNote(h.id, note)}
        />
      ) : (
        h.note && <p class="highlight-note">{h.note}</p>
      )}
      <div class="highlight-actions">
        <button type="button" class="link-button small" onClick={() => onEdit(!editing)}>
          {editing ? t('noteDone') : h.note ? t('editNote') : t('addNote')}
        </button>
        <button type="button" class="link-button small danger" onClick={() => on.onDelete(h.id)}>
          {t('hlDelete')}
        </button>
      </div>
    </li>
  );
}
