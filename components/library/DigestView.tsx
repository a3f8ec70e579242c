import { t } from '../../utils/i18n';
import type { DigestRange, DigestStory } from '../../utils/library/digest/build';
import { metaLine, shortDate } from '../../utils/view/format';
import { SafeLink } from '../shared/SafeLink';

interface Props {
  range: DigestRange;
  stories: DigestStory[];
  loading: boolean;
  onRange: (range: DigestRange) => void;
  onCopyMarkdown: () => void;
  onCopyRich: () => void;
  onPrint: () => void;
  onRead: (url: string) => void;
}

function DigestItem({ story, onRead }: { story: DigestStory; onRead: (url: string) => void }) {
  const lead = story.articles[0]!;
  return (
    <article
      class="digest-story"
      data-testid="digest-story"
      data-count={story.articles.length}
      data-id={story.id}
    >
      <h2 class="digest-title">{lead.title || lead.url}</h2>
      {story.articles.length > 1 && (
        <p class="lib-muted" data-testid="digest-retellings">
          {t('digestRetellings', story.articles.length)}
        </p>
      )}
      <ul class="digest-articles">
        {story.articles.map((a) => (
          <li key={a.url} data-testid="digest-article" data-url={a.url}>
            <p>
              <SafeLink url={a.url}>{a.title || a.url}</SafeLink>
              <span class="lib-muted">
                {' '}
                · {metaLine([a.source, shortDate(a.publishedAt)])}
              </span>{' '}
              <button
                type="button"
                class="button button-small no-print"
                onClick={() => onRead(a.url)}
              >
                {t('digestRead')}
              </button>
            </p>
            {a.summary && <p class="digest-summary">{a.summary}</p>}
          </li>
        ))}
      </ul>
      {story.keywords.length > 0 && (
        <p class="digest-keywords">
          {story.keywords.map((k) => (
            <span key={k} class="lib-kw">
              {k}
            </span>
          ))}
        </p>
      )}
      {story.sources.length > 0 && (
        <p class="lib-muted">{t('digestSources', story.sources.join(' · '))}</p>
      )}
      {story.highlights.map((h) => (
        <blockquote key={h.id} class={`digest-quote hub-${h.color}`} data-testid="digest-highlight">
          {h.text}
          {h.note.trim() && <p class="hub-note">{h.note}</p>}
        </blockquote>
      ))}
    </article>
  );
}

/** Today's or this week's saves, one entry per story, ready to read, copy or print. */
export function DigestView(p: Props) {
  return (
    <section class="digest" aria-label={t('sectionDigest')}>
      <div class="digest-bar no-print">
        <div class="hub-ranges" role="group" aria-label={t('hubRangeLabel')}>
          {(['today', 'week'] as const).map((r) => (
            <button
              key={r}
              type="button"
              class="lib-view"
              data-testid={`digest-${r}`}
              aria-pressed={p.range === r}
              onClick={() => p.onRange(r)}
            >
              {r === 'today' ? t('hubRangeToday') : t('digestWeek')}
            </button>
          ))}
        </div>
        <button
          type="button"
          class="button button-small"
          data-testid="digest-copy-markdown"
          onClick={p.onCopyMarkdown}
        >
          {t('digestCopyMarkdown')}
        </button>
        <button
          type="button"
          class="button button-small"
          data-testid="digest-copy-rich"
          onClick={p.onCopyRich}
        >
          {t('digestCopyRich')}
        </button>
        <button
          type="button"
          class="button button-small"
          data-testid="digest-print"
          onClick={p.onPrint}
        >
          {t('digestPrint')}
        </button>
      </div>
      <h1 class="digest-heading">
        {p.range === 'today' ? t('digestTitleToday') : t('digestTitleWeek')}
      </h1>
      {p.loading ? (
        <p class="lib-muted">{t('libraryLoading')}</p>
      ) : p.stories.length === 0 ? (
        <p class="lib-muted" data-testid="digest-empty">
          {p.range === 'today' ? t('digestEmptyToday') : t('digestEmptyWeek')}
        </p>
      ) : (
        p.stories.map((s) => <DigestItem key={s.id} story={s} onRead={p.onRead} />)
      )}
    </section>
  );
}
