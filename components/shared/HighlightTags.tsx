import { useEffect, useRef, useState } from 'preact/hooks';
import { TagChip } from './TagChip';
import { t } from '../../utils/i18n';
import { withTag, withoutTag } from '../../utils/tags';

interface Props {
  tags: readonly string[];
  /** The view's name in the test ids (`hub-highlight-tag`, `panel-highlight-tag` …). */
  view: 'hub' | 'panel';
  /** The id of a `<datalist>` of the tags already used: the input's suggestions. */
  listId?: string;
  /** Give the highlight these tags; resolves false when they could not be written. */
  onChange: (tags: string[]) => Promise<boolean>;
}

/**
 * The tags as last asked for, shown while any write of them is on its way and, after the last one
 * answered, until the stored tags change: an earlier write coming back does not bring back what a
 * later edit took off, and a second edit builds on the first, not on what was stored before it.
 */
function usePendingTags(stored: readonly string[]) {
  const [pending, setPending] = useState<{
    tags: string[];
    /** The stored tags when the last write answered; null while writes are on their way. */
    settled: readonly string[] | null;
  } | null>(null);
  const inFlight = useRef(0);
  const storedNow = useRef(stored);
  storedNow.current = stored;
  const shown = pending && (pending.settled === null || pending.settled === stored);
  const tags = shown ? pending.tags : stored;
  const write = (next: string[], save: (tags: string[]) => Promise<boolean>) => {
    inFlight.current++;
    setPending({ tags: next, settled: null });
    void save(next).then((written) => {
      inFlight.current--;
      if (!written) setPending(null);
      else if (inFlight.current === 0) setPending((p) => p && { ...p, settled: storedNow.current });
    });
  };
  return [tags, write] as const;
}

/**
 * A highlight's own tags: chips with ×, and a "+" button that opens a field (one at a time, so a
 * page of highlights stays light to redraw) which adds a tag on Enter; Backspace in the empty
 * field removes the last, Escape closes it.
 */
export function HighlightTags({ tags: stored, view, listId, onChange }: Props) {
  const [tags, write] = usePendingTags(stored);
  const [open, setOpen] = useState(false);
  const change = (next: string[]) => write(next, onChange);
  const onRemove = (tag: string) => change(withoutTag(tags, tag));
  return (
    <div class="hl-tags" data-testid={`${view}-highlight-tags`}>
      {tags.length > 0 && (
        <ul class="lib-chips" aria-label={t('highlightTagsLabel')}>
          {tags.map((tag) => (
            <TagChip
              key={tag}
              tag={tag}
              testId={`${view}-highlight-tag`}
              named
              onRemove={onRemove}
            />
          ))}
        </ul>
      )}
      {open ? (
        <TagField
          view={view}
          listId={listId}
          onAdd={(tag) => change(withTag(tags, tag))}
          onRemoveLast={() => tags.length > 0 && onRemove(tags[tags.length - 1]!)}
          onClose={() => setOpen(false)}
        />
      ) : (
        <button
          type="button"
          class="chip chip-button"
          data-testid={`${view}-highlight-tag-add`}
          aria-label={t('highlightAddTag')}
          title={t('highlightAddTag')}
          onClick={() => setOpen(true)}
        >
          + {t('hubTagLabel')}
        </button>
      )}
    </div>
  );
}

/** The field a tag is typed in, focused when it opens; closes when left empty. */
function TagField(p: {
  view: Props['view'];
  listId: string | undefined;
  onAdd: (tag: string) => void;
  onRemoveLast: () => void;
  onClose: () => void;
}) {
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="hl-tags-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) p.onAdd(text);
        setText('');
      }}
    >
      <input
        ref={input}
        class="input hl-tags-input"
        data-testid={`${p.view}-highlight-tag-input`}
        list={p.listId}
        aria-label={t('highlightAddTag')}
        placeholder={t('highlightAddTag')}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onBlur={() => text === '' && p.onClose()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') p.onClose();
          if (e.key !== 'Backspace' || text !== '') return;
          e.preventDefault();
          p.onRemoveLast();
        }}
      />
    </form>
  );
}
