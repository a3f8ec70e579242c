import { t } from '../../utils/i18n';

/** One of the reader's tags, as a chip with its × to take it off. */
export function TagChip(p: {
  tag: string;
  testId: string;
  /** Name the tag in a `data-tag` attribute (for lists whose chips are found by tag). */
  named?: boolean;
  onRemove: (tag: string) => void;
}) {
  return (
    <li class="chip chip-tag" data-testid={p.testId} data-tag={p.named ? p.tag : undefined}>
      {p.tag}
      <button
        type="button"
        class="chip-remove"
        aria-label={t('libraryRemoveTag', p.tag)}
        onClick={() => p.onRemove(p.tag)}
      >
        ×
      </button>
    </li>
  );
}
