import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '../../utils/i18n';
import type { HubItem } from '../../utils/library/hub/items';
import { REVIEW_KEYS, reviewKey, type ReviewKey } from '../../utils/library/review/keys';
import type { ReviewAnswer } from '../../utils/library/review/schedule';
import { metaLine, shortDate } from '../../utils/view/format';

interface Props {
  loading: boolean;
  current: HubItem | null;
  left: number;
  onAnswer: (id: string, answer: ReviewAnswer) => void;
  onOpen: (item: HubItem) => void;
}

/** The highlight to review: its quote, its note, and where and when it was made. */
function ReviewCard(p: {
  current: HubItem;
  card: RefObject<HTMLElement | null>;
  onKeyDown: (e: KeyboardEvent) => void;
}) {
  const { current } = p;
  return (
    <article
      class={`review-card hub-${current.color}`}
      data-testid="review-card"
      data-id={current.id}
      tabIndex={0}
      ref={p.card}
      aria-keyshortcuts={Object.values(REVIEW_KEYS).join(' ')}
      onKeyDown={p.onKeyDown}
    >
      <blockquote class="review-quote">{current.text}</blockquote>
      {current.note.trim() && <p class="hub-note">{current.note}</p>}
      <p class="lib-muted">
        {metaLine([current.title, current.source, shortDate(current.createdAt)])}
      </p>
    </article>
  );
}

const ACTIONS: { key: ReviewKey; label: MessageKey; primary: boolean }[] = [
  { key: 'keep', label: 'reviewKeep', primary: false },
  { key: 'done', label: 'reviewDone', primary: true },
  { key: 'open', label: 'reviewOpen', primary: false },
];

/** Keep, done and open as buttons, each with its key. */
function ReviewActions({ onKey }: { onKey: (key: ReviewKey) => void }) {
  return (
    <div class="review-actions">
      {ACTIONS.map((a) => (
        <button
          key={a.key}
          type="button"
          class={a.primary ? 'button review-primary' : 'button'}
          data-testid={`review-${a.key}`}
          aria-keyshortcuts={REVIEW_KEYS[a.key]}
          onClick={() => onKey(a.key)}
        >
          {t(a.label)} <kbd>{REVIEW_KEYS[a.key]}</kbd>
        </button>
      ))}
    </div>
  );
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
  const act = (key: ReviewKey) => (key === 'open' ? onOpen(current) : onAnswer(current.id, key));
  const onKeyDown = (e: KeyboardEvent) => {
    const key = reviewKey(e);
    if (!key) return;
    act(key);
    e.preventDefault();
  };
  return (
    <section class="review" aria-label={t('sectionReview')}>
      <p class="lib-muted" data-testid="review-left" data-left={left}>
        {t('reviewLeft', left)}
      </p>
      <ReviewCard current={current} card={card} onKeyDown={onKeyDown} />
      <ReviewActions onKey={act} />
      <p class="lib-muted">{t('reviewHint')}</p>
    </section>
  );
}
