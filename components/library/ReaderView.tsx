import type { RefObject } from 'preact';
import { t } from '../../utils/i18n';
import type { PaintedArticle, Run } from '../../utils/library/reader/paint';
import { useReaderMarks } from '../../utils/library/reader/use-reader-marks';
import type { ReaderData } from '../../utils/library/reader/use-reader';
import { metaLine, shortDate } from '../../utils/view/format';
import { SafeLink } from '../shared/SafeLink';

type Ref = RefObject<HTMLDivElement | null>;

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

interface Marked {
  data: ReaderData;
  painted: PaintedArticle;
  selected: string | null;
  onPick: (id: string) => void;
}

/** The article's title, its source, and its summary and text with the highlights painted. */
function ReaderArticle({ data, painted, selected, onPick, root }: Marked & { root: Ref }) {
  const { article } = data;
  return (
    <article class="reader-article" ref={root}>
      <h2 class="reader-title">{article.title || article.url}</h2>
      <p class="lib-muted">{metaLine([shortDate(article.publishedAt), article.source])}</p>
      <div class="reader-text" data-testid="reader-text">
        {painted.summary.length > 0 && (
          <section class="reader-summary" data-testid="reader-summary">
            <h3 class="lib-h3">{t('librarySummary')}</h3>
            <p>
              <Runs runs={painted.summary} selected={selected} onPick={onPick} />
            </p>
          </section>
        )}
        <div class="reader-body">
          <Runs runs={painted.body} selected={selected} onPick={onPick} />
        </div>
      </div>
    </article>
  );
}

/** The picked highlight's quote and note, or a hint to pick one. */
function ReaderNote({ data, painted, selected }: Omit<Marked, 'onPick'>) {
  const picked = data.highlights.find((h) => h.id === selected) ?? null;
  if (!picked)
    return (
      <p class="lib-muted">
        {data.highlights.length ? t('readerPickHint') : t('libraryNoHighlights')}
      </p>
    );
  return (
    <div data-testid="reader-note" data-id={picked.id}>
      <blockquote class={`reader-quote hl-${picked.color}`}>{picked.text}</blockquote>
      {painted.parts.get(picked.id) === 'summary' && (
        <p class="lib-muted" data-testid="reader-in-summary">
          {t('readerInSummary')}
        </p>
      )}
      <p class="hub-note">{picked.note.trim() || t('readerNoNote')}</p>
    </div>
  );
}

/** Highlights whose words are no longer found in the saved text, listed on their own. */
function ReaderOrphans({ orphans }: { orphans: PaintedArticle['orphans'] }) {
  return (
    <section data-testid="reader-orphans">
      <h3 class="lib-h3">{t('readerOrphans')}</h3>
      <ul class="lib-excerpts">
        {orphans.map((h) => (
          <li key={h.id} class="lib-excerpt">
            <mark class={`hl-${h.color}`}>{h.text}</mark>
            {h.note && <p class="hub-note">{h.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The saved text of an article with the reader's highlights painted; a click shows the note. */
export function ReaderView({ data, start, onBack }: Props) {
  const { selected, setSelected, root, painted } = useReaderMarks(data, start);
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
  const marked = { data, painted, selected };
  return (
    <section class="reader" data-testid="reader-view" aria-label={data.article.title}>
      <div class="reader-bar">
        {back}
        <SafeLink url={data.article.url}>{t('readerOriginal')}</SafeLink>
      </div>
      <div class="reader-layout">
        <ReaderArticle {...marked} onPick={setSelected} root={root} />
        <aside class="reader-side" aria-live="polite">
          <h3 class="lib-h3">{t('readerNoteHeading')}</h3>
          <ReaderNote {...marked} />
          {painted.orphans.length > 0 && <ReaderOrphans orphans={painted.orphans} />}
        </aside>
      </div>
    </section>
  );
}
