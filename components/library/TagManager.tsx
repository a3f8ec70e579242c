import type { ComponentChildren } from 'preact';
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

/** The new name for a tag: Enter renames (or merges), Escape gives up. */
function RenameForm(p: {
  to: string;
  onTo: (to: string) => void;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  return (
    <form
      class="lib-rename"
      onSubmit={(e) => {
        e.preventDefault();
        p.onSubmit();
      }}
    >
      <input
        class="input"
        data-testid="library-tag-rename-input"
        aria-label={t('libraryRenameTo')}
        list="lib-tag-names"
        value={p.to}
        autoFocus
        onInput={(e) => p.onTo(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Escape' && p.onCancel()}
      />
      <button type="submit" class="button button-small">
        {t('libraryRenameSave')}
      </button>
    </form>
  );
}

/** One tag: a click filters by it, the pencil opens its rename form. */
function TagRow(p: {
  tag: Count;
  active: boolean;
  editing: boolean;
  onPick: () => void;
  onEdit: () => void;
  rename: ComponentChildren;
}) {
  const { tag } = p;
  return (
    <li class="lib-tag-row" data-testid="library-tag-row">
      <button type="button" class="chip lib-tag" aria-pressed={p.active} onClick={p.onPick}>
        {`${tag.value} (${tag.count})`}
      </button>
      <button
        type="button"
        class="icon-button"
        data-testid="library-tag-rename"
        aria-label={t('libraryRenameTag', tag.value)}
        title={t('libraryRenameTag', tag.value)}
        onClick={p.onEdit}
      >
        ✎
      </button>
      {p.editing && p.rename}
    </li>
  );
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
  const rename = (from: string) => {
    if (to.trim()) onRename(from, to);
    setEditing(null);
  };
  return (
    <section class="lib-tags" aria-label={t('libraryTagsLabel')}>
      <h2 class="lib-h2">{t('libraryTagsLabel')}</h2>
      <ul class="lib-tag-list">
        {tags.map((tag) => (
          <TagRow
            key={tag.value}
            tag={tag}
            active={active === tag.value}
            editing={editing === tag.value}
            onPick={() => onPick(active === tag.value ? null : tag.value)}
            onEdit={() => {
              setEditing(tag.value);
              setTo(tag.value);
            }}
            rename={
              <RenameForm
                to={to}
                onTo={setTo}
                onSubmit={() => rename(tag.value)}
                onCancel={() => setEditing(null)}
              />
            }
          />
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
