import { useEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '../../utils/i18n';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../utils/highlight-colors';
import type { Timers } from '../../utils/view/autosave';
import type { Highlight } from '../../utils/schemas/records';
import { HighlightTags } from '../shared/HighlightTags';
import { NoteField } from '../shared/NoteField';

const COLOR_NAME: Record<HighlightColor, MessageKey> = {
  yellow: 'colorYellow',
  green: 'colorGreen',
  blue: 'colorBlue',
  pink: 'colorPink',
  purple: 'colorPurple',
};

export interface HighlightHandlers {
  onScrollTo: (id: string) => void;
  onNote: (id: string, note: string) => Promise<void>;
  onColor: (id: string, color: HighlightColor) => void;
  /** Give the highlight these tags; resolves false when they could not be written. */
  onTags: (id: string, tags: string[]) => Promise<boolean>;
  onDelete: (id: string) => void;
}

interface Props extends HighlightHandlers {
  highlight: Highlight;
  orphan: boolean;
  /** The reader clicked this highlight on the page: bring it into view, ready to write. */
  selected: boolean;
  timers: Timers;
}

/** One highlight: its passage (click: show it on the page), its note, its color, Delete. */
export function PanelHighlight(props: Props) {
  const { highlight: h, orphan, selected, timers } = props;
  const item = useRef<HTMLLIElement>(null);
  const note = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!selected) return;
    item.current?.scrollIntoView?.({ block: 'nearest' });
    note.current?.focus();
  }, [selected]);
  return (
    <li
      ref={item}
      class={`panel-highlight hl-${h.color}${orphan ? ' is-orphan' : ''}${selected ? ' is-selected' : ''}`}
      data-testid="panel-highlight"
      data-id={h.id}
      data-orphan={orphan ? 'true' : 'false'}
      aria-current={selected ? 'true' : undefined}
    >
      <HighlightQuote text={h.text} orphan={orphan} onScrollTo={() => props.onScrollTo(h.id)} />
      {orphan && <p class="orphan-tag">{t('hlOrphan')}</p>}
      <NoteField
        value={h.note}
        label={t('highlightNote')}
        placeholder={t('hlNotePlaceholder')}
        testId="highlight-note"
        rows={2}
        timers={timers}
        inputRef={note}
        onSave={(text) => props.onNote(h.id, text)}
      />
      <HighlightTags
        view="panel"
        tags={h.tags ?? []}
        onChange={(tags) => props.onTags(h.id, tags)}
      />
      <div class="highlight-actions">
        <ColorChoice color={h.color} onColor={(c) => props.onColor(h.id, c)} />
        <button
          type="button"
          class="link-button small danger"
          data-testid="highlight-delete"
          onClick={() => props.onDelete(h.id)}
        >
          {t('hlDelete')}
        </button>
      </div>
    </li>
  );
}

interface QuoteProps {
  text: string;
  orphan: boolean;
  onScrollTo: () => void;
}

/** The highlighted passage: a button that shows it on the page, or a plain quote for an orphan. */
function HighlightQuote({ text, orphan, onScrollTo }: QuoteProps) {
  if (orphan) return <blockquote class="highlight-quote">{text}</blockquote>;
  return (
    <button
      type="button"
      class="highlight-quote as-button"
      title={t('scrollToHighlight')}
      data-testid="panel-highlight-quote"
      onClick={onScrollTo}
    >
      {text}
    </button>
  );
}

/** The highlight's color as a row of swatches; choosing another one recolors it. */
function ColorChoice({
  color,
  onColor,
}: {
  color: HighlightColor;
  onColor: (c: HighlightColor) => void;
}) {
  return (
    <div class="colors" role="group" aria-label={t('hlColor')}>
      {HIGHLIGHT_COLORS.map((c) => (
        <button
          key={c}
          type="button"
          class={`swatch hl-${c}`}
          aria-label={t(COLOR_NAME[c])}
          aria-pressed={c === color ? 'true' : 'false'}
          onClick={() => c !== color && onColor(c)}
        />
      ))}
    </div>
  );
}
