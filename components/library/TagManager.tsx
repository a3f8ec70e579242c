import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Count } from '../../utils/library/facets';

interface Props {
  tags: Count[];
  active: string | null;
  onPick: (tag: string | null) => void;
  /** Rename `from` to `to`; a `to` that exists already merges the two. */
  onRename: (from: string, to: string) => void;
}

/** The reader's own tags: pick one to filter, rename one, or merge it into another. */
export function TagManager({ tags, active, onPick, onRename }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [to, setTo] = useState('');
  if (tags.length === 0) {
    return (
      <section class="lib-tags" aria-label={t('libraryTagsLabel')}>
        <h2 class="lib-h2">{t('libraryTagsLabel')}</h2>
        <p class="lib-muted">{t('libraryNoTags')}</p>
      </section>
    );
  }
  return (
    <section class="lib-tags" aria-label={t('libraryTagsLabel')}>
      <h2 class="lib-h2">{t('libraryTagsLabel')}</h2>
      <ul class="lib-tag-list">
        {tags.map((tag) => (
          <li key={tag.value} class="lib-tag-row" data-testid="library-tag-row">
            <button
              type="button"
              class="chip lib-tag"
              aria-pressed={active === tag.value}
              onClick={() => onPick(active === tag.value ? null : tag.value)}
            >
              {`${tag.value} (${tag.count})`}
            </button>
            <button
              type="button"
              class="icon-button"
              data-testid="library-tag-rename"
              aria-label={t('libraryRenameTag', tag.value)}
              title={t('libraryRenameTag', tag.value)}
              onClick={() => {
                setEditing(tag.value);
                setTo(tag.value);
              }}
            >
              ✎
            </button>
            {editing === tag.value && (
              <form
                class="lib-rename"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (to.trim()) onRename(tag.value, to);
                  setEditing(null);
                }}
              >
                <input
                  class="input"
                  data-testid="library-tag-rename-input"
                  aria-label={t('libraryRenameTo')}
                  list="lib-tag-names"
                  value={to}
                  autoFocus
                  onInput={(e) => setTo(e.currentTarget.value)}
                  onKeyDown={(e) => e.key === 'Escape' && setEditing(null)}
                />
                <button type="submit" class="button button-small">
                  {t('libraryRenameSave')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <datalist id="lib-tag-names">
        {tags.map((tag) => (
          <option key={tag.value} value={tag.value} />
        ))}
      </datalist>
      <p class="lib-muted">{t('libraryMergeHint')}</p>
    </section>
  );
}
