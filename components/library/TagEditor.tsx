import { useState } from 'preact/hooks';
import { TagChip } from '../shared/TagChip';
import { t } from '../../utils/i18n';

interface Props {
  tags: string[];
  keywords: string[];
  onAdd: (tag: string) => void;
  onRemove: (tag: string) => void;
}

/** The page's keywords beside the reader's own tags, which can be added (Enter) and removed. */
export function TagEditor({ tags, keywords, onAdd, onRemove }: Props) {
  const [text, setText] = useState('');
  return (
    <div class="lib-tag-editor">
      {keywords.length > 0 && (
        <p class="lib-chips" aria-label={t('libraryKeywordsLabel')}>
          {keywords.map((k) => (
            <span key={k} class="chip">
              {k}
            </span>
          ))}
        </p>
      )}
      <ul class="lib-chips" aria-label={t('libraryTagsLabel')}>
        {tags.map((tag) => (
          <TagChip key={tag} tag={tag} testId="article-tag" onRemove={onRemove} />
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) onAdd(text);
          setText('');
        }}
      >
        <input
          class="input"
          data-testid="tag-input"
          list="lib-tag-names"
          aria-label={t('libraryAddTag')}
          placeholder={t('libraryAddTag')}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </form>
    </div>
  );
}
