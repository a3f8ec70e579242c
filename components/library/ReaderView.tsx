import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { paintArticle, type Run } from '../../utils/library/reader/paint';
import type { ReaderData } from '../../utils/library/reader/use-reader';
import { metaLine, shortDate } from '../../utils/view/format';
import { SafeLink } from '../shared/SafeLink';

interface Props {
  /** undefined while loading, null when the article is not saved (any more). */
  data: ReaderData | null | undefined;
  /** The highlight to scroll to and show first. */
  start: string | null;
  onBack: () => void;
}

function Runs(p: { runs: Run[]; selected: string | null; onPick: (id: string) => void }) {
  return (
    <>
      {p.runs.map((r, i) =>
        r.highlight ? (
          <mark
            key={i}
            class={`reader-mark hl-${r.highlight.color}`}
            data-testid="reader-mark"
            data-id={r.highlight.id}
            data-first={r.first ? 'true' : undefined}
            role="button"
            tabIndex={r.first ? 0 : -1}
            aria-pressed={p.selected === r.highlight.id}
            onClick={() => p.onPick(r.highlight!.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                p.onPick(r.highlight!.id);
              }
            }}
          >
            {r.text}
          </mark>
        ) : (
          <span key={i}>{r.text}</span>
        ),
      )}
    </>
  );
}

/** The saved text of an article with the reader's highlights painted; a click shows the note. */
export function ReaderView({ data, start, onBack }: Props) {
  const [selected, setSelected] = useState<string | null>(start);
  const root = useRef<HTMLDivElement>(null);
  const painted = useMemo(
    () => (data ? paintArticle(data.article, data.highlights) : null),
    [data],
  );
  useEffect(() => setSelected(start), [start]);
  useEffect(() => {
    if (!painted || !start) return;
    const mark = root.current?.querySelector<HTMLElement>(
      `[data-first="true"][data-id="${CSS.escape(start)}"]`,
    );
    mark?.scrollIntoView({ block: 'center' });
    mark?.focus({ preventScroll: true });
  }, [painted, start]);

  const back = (
    <button type="button" class="button button-small" data-testid="reader-back" onClick={onBack}>
      {t('readerBack')}
    </button>
  );
  if (data === undefined) return <section class="reader lib-muted">{t('libraryLoading')}</section>;
  if (data === null || !painted)
    return (
      <section class="reader" data-testid="reader-missing">
        {back}
        <p class="lib-muted">{t('readerMissing')}</p>
      </section>
    );
  const { article, highlights } = data;
  const picked = highlights.find((h) => h.id === selected) ?? null;
  return (
    <section class="reader" data-testid="reader-view" aria-label={article.title}>
      <div class="reader-bar">
        {back}
        <SafeLink url={article.url}>{t('readerOriginal')}</SafeLink>
      </div>
      <div class="reader-layout">
        <article class="reader-article" ref={root}>
          <h2 class="reader-title">{article.title || article.url}</h2>
          <p class="lib-muted">{metaLine([shortDate(article.publishedAt), article.source])}</p>
          <div class="reader-text" data-testid="reader-text">
            {painted.summary.length > 0 && (
              <section class="reader-summary" data-testid="reader-summary">
                <h3 class="lib-h3">{t('librarySummary')}</h3>
                <p>
                  <Runs runs={painted.summary} selected={selected} onPick={setSelected} />
                </p>
              </section>
            )}
            <div class="reader-body">
              <Runs runs={painted.body} selected={selected} onPick={setSelected} />
            </div>
          </div>
        </article>
        <aside class="reader-side" aria-live="polite">
          <h3 class="lib-h3">{t('readerNoteHeading')}</h3>
          {picked ? (
            <div data-testid="reader-note" data-id={picked.id}>
              <blockquote class={`reader-quote hl-${picked.color}`}>{picked.text}</blockquote>
              {painted.parts.get(picked.id) === 'summary' && (
                <p class="lib-muted" data-testid="reader-in-summary">
                  {t('readerInSummary')}
                </p>
              )}
              <p class="hub-note">{picked.note.trim() || t('readerNoNote')}</p>
            </div>
          ) : (
            <p class="lib-muted">
              {highlights.length ? t('readerPickHint') : t('libraryNoHighlights')}
            </p>
          )}
          {painted.orphans.length > 0 && (
            <section data-testid="reader-orphans">
              <h3 class="lib-h3">{t('readerOrphans')}</h3>
              <ul class="lib-excerpts">
                {painted.orphans.map((h) => (
                  <li key={h.id} class="lib-excerpt">
                    <mark class={`hl-${h.color}`}>{h.text}</mark>
                    {h.note && <p class="hub-note">{h.note}</p>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </section>
  );
}
