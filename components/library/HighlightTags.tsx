import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

interface Props {
  tags: readonly string[];
  /** The id of a `<datalist>` of the tags already used: the input's suggestions. */
  listId: string;
  onAdd: (tag: string) => void;
  onRemove: (tag: string) => void;
}

/**
 * A highlight's own tags: chips with ×, and a field that adds one on Enter; Backspace in the empty
 * field removes the last.
 */
export function HighlightTags({ tags, listId, onAdd, onRemove }: Props) {
  const [text, setText] = useState('');
  const last = tags[tags.length - 1];
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
