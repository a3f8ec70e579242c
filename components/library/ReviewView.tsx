import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { HubItem } from '../../utils/library/hub/items';
import type { ReviewAnswer } from '../../utils/library/review/schedule';
import { metaLine, shortDate } from '../../utils/view/format';

/** The keys that answer (the same in every language: they are keys on the keyboard). */
const KEYS = { keep: 'K', done: 'D', open: 'O' } as const;

interface Props {
  loading: boolean;
  current: HubItem | null;
  left: number;
  onAnswer: (id: string, answer: ReviewAnswer) => void;
  onOpen: (item: HubItem) => void;
}

/** Today's review: one older highlight at a time; K keeps it, D is done, O opens it. */
export function ReviewView({ loading, current, left, onAnswer, onOpen }: Props) {
  const card = useRef<HTMLElement>(null);
  useEffect(() => card.current?.focus({ preventScroll: true }), [current?.id]);
  if (loading) return <section class="review lib-muted">{t('libraryLoading')}</section>;
  if (!current)
    return (
      <section class="review">
        <p class="review-empty lib-muted" data-testid="review-empty">
          {t('reviewEmpty')}
        </p>
      </section>
    );
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const key = e.key.toLowerCase();
    if (key === 'k') onAnswer(current.id, 'keep');
    else if (key === 'd') onAnswer(current.id, 'done');
    else if (key === 'o') onOpen(current);
    else return;
    e.preventDefault();
  };
  return (
    <section class="review" aria-label={t('sectionReview')}>
      <p class="lib-muted" data-testid="review-left" data-left={left}>
        {t('reviewLeft', left)}
      </p>
      <article
        class={`review-card hub-${current.color}`}
        data-testid="review-card"
        data-id={current.id}
        tabIndex={0}
        ref={card}
        aria-keyshortcuts="K D O"
        onKeyDown={onKey}
      >
        <blockquote class="review-quote">{current.text}</blockquote>
        {current.note.trim() && <p class="hub-note">{current.note}</p>}
        <p class="lib-muted">
          {metaLine([current.title, current.source, shortDate(current.createdAt)])}
        </p>
      </article>
      <div class="review-actions">
        <button
          type="button"
          class="button"
          data-testid="review-keep"
          aria-keyshortcuts="K"
          onClick={() => onAnswer(current.id, 'keep')}
        >
          {t('reviewKeep')} <kbd>{KEYS.keep}</kbd>
        </button>
        <button
          type="button"
          class="button review-primary"
          data-testid="review-done"
          aria-keyshortcuts="D"
          onClick={() => onAnswer(current.id, 'done')}
        >
          {t('reviewDone')} <kbd>{KEYS.done}</kbd>
        </button>
        <button
          type="button"
          class="button"
          data-testid="review-open"
          aria-keyshortcuts="O"
          onClick={() => onOpen(current)}
        >
          {t('reviewOpen')} <kbd>{KEYS.open}</kbd>
        </button>
      </div>
      <p class="lib-muted">{t('reviewHint')}</p>
    </section>
  );
}
