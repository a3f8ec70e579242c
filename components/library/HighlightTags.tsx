import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { withTag, withoutTag } from '../../utils/library/hub/tags';

interface Props {
  tags: readonly string[];
  /** The id of a `<datalist>` of the tags already used: the input's suggestions. */
  listId: string;
  /** Give the highlight these tags; resolves false when they could not be written. */
  onChange: (tags: string[]) => Promise<boolean>;
}

/**
 * The tags as last asked for, until the stored ones change: a second edit made before the first
 * came back builds on the first, not on what the list showed before it.
 */
function usePendingTags(stored: readonly string[]) {
  const [pending, setPending] = useState<{ from: readonly string[]; tags: string[] } | null>(null);
  const tags = pending && pending.from === stored ? pending.tags : stored;
  const set = (next: string[] | null) => setPending(next && { from: stored, tags: next });
  return [tags, set] as const;
}

/**
 * A highlight's own tags: chips with ×, and a field that adds one on Enter; Backspace in the empty
 * field removes the last.
 */
export function HighlightTags({ tags: stored, listId, onChange }: Props) {
  const [text, setText] = useState('');
  const [tags, setPending] = usePendingTags(stored);
  const last = tags[tags.length - 1];
  const change = (next: string[]) => {
    setPending(next);
    void onChange(next).then((written) => written || setPending(null));
  };
  const onAdd = (tag: string) => change(withTag(tags, tag));
  const onRemove = (tag: string) => change(withoutTag(tags, tag));
  return (
    <div class="hl-tags" data-testid="hub-highlight-tags">
      {tags.length > 0 && (
        <ul class="lib-chips" aria-label={t('highlightTagsLabel')}>
          {tags.map((tag) => (
            <li key={tag} class="chip chip-tag" data-testid="hub-highlight-tag" data-tag={tag}>
              {tag}
              <button
                type="button"
                class="chip-remove"
                aria-label={t('libraryRemoveTag', tag)}
                onClick={() => onRemove(tag)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="hl-tags-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) onAdd(text);
          setText('');
        }}
      >
        <input
          class="input hl-tags-input"
          data-testid="hub-highlight-tag-input"
          list={listId}
          aria-label={t('highlightAddTag')}
          placeholder={t('highlightAddTag')}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Backspace' || text !== '' || last === undefined) return;
            e.preventDefault();
            onRemove(last);
          }}
        />
      </form>
    </div>
  );
}
