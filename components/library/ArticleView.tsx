import type { Story } from '../../utils/clusters';
import type { ArticleCard } from '../../utils/db';
import { t } from '../../utils/i18n';
import type { Excerpt } from '../../utils/library/excerpt';
import type { ArticleViewData } from '../../utils/library/use-article-view';
import type { SavedArticle } from '../../utils/schemas/records';
import { metaLine, shortDate } from '../../utils/view/format';
import { SafeLink } from '../shared/SafeLink';
import { NoteField } from '../shared/NoteField';
import { RelatedLinks } from '../shared/RelatedLinks';
import { relatedMarks } from '../../utils/view/related-marks';
import type { RelatedLink } from '../../utils/schemas/article';
import { StoryCard } from './StoryList';
import { TagEditor } from './TagEditor';

interface Props {
  data: ArticleViewData | null;
  story: Story | null;
  byUrl: ReadonlyMap<string, ArticleCard>;
  onClose: () => void;
  onOpen: (url: string) => void;
  /** Write the article's note; rejects when it could not be kept. */
  onNote: (note: string) => Promise<void>;
  onAddTag: (tag: string) => void;
  onRemoveTag: (tag: string) => void;
  onDelete: () => void;
  /** Keep a related link for later, or stop keeping it. */
  onKeep: (link: RelatedLink, keep: boolean) => void;
}

/** Close the article, or delete it. */
function ArticleBar(p: Pick<Props, 'onClose' | 'onDelete'>) {
  return (
    <div class="lib-article-bar">
      <button
        type="button"
        class="button button-small"
        data-testid="library-close"
        onClick={p.onClose}
      >
        {t('libraryClose')}
      </button>
      <button
        type="button"
        class="button button-small button-danger"
        data-testid="library-article-delete"
        onClick={p.onDelete}
      >
        {t('libraryDelete')}
      </button>
    </div>
  );
}

/** The article's title (a link to it), when and where it was published and saved. */
function ArticleHead({ article }: { article: SavedArticle }) {
  return (
    <>
      <h2 class="lib-article-title">
        <SafeLink url={article.url}>{article.title || article.url}</SafeLink>
      </h2>
      <p class="lib-muted">
        {metaLine([
          shortDate(article.publishedAt),
          article.source,
          t('librarySavedOn', shortDate(article.savedAt)),
        ])}
      </p>
      {article.aiGenerated && <p class="lib-muted">{t('libraryAiNotice')}</p>}
    </>
  );
}

/** The reader's highlights, each in the words around it, with its note. */
function Excerpts({ excerpts }: { excerpts: Excerpt[] }) {
  return (
    <section>
      <h3 class="lib-h3">{t('libraryHighlights', excerpts.length)}</h3>
      {excerpts.length === 0 && <p class="lib-muted">{t('libraryNoHighlights')}</p>}
      <ul class="lib-excerpts">
        {excerpts.map((x) => (
          <li key={x.highlight.id} class="lib-excerpt" data-testid="library-excerpt">
            <p class={`lib-excerpt-text hl-${x.highlight.color}`}>
              {x.before}
              <mark>{x.text}</mark>
              {x.after}
            </p>
            {x.missing && <p class="lib-muted">{t('libraryExcerptMissing')}</p>}
            {!x.missing && x.part === 'summary' && (
              <p class="lib-muted" data-testid="excerpt-in-summary">
                {t('readerInSummary')}
              </p>
            )}
            {x.highlight.note && <p class="lib-excerpt-note">{x.highlight.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The story the article is part of: the other sites that told it. */
function OnThisStory(p: Pick<Props, 'story' | 'byUrl' | 'onOpen'>) {
  return (
    <section data-testid="library-on-this-story">
      <h3 class="lib-h3">{t('libraryOnThisStory')}</h3>
      {p.story ? (
        <ul class="lib-stories">
          <StoryCard story={p.story} byUrl={p.byUrl} onOpen={p.onOpen} />
        </ul>
      ) : (
        <p class="lib-muted">{t('libraryNoStory')}</p>
      )}
    </section>
  );
}

/** One saved article with room: summary, highlights in their context, notes, links, its story. */
export function ArticleView(p: Props) {
  if (!p.data) return <aside class="lib-article lib-muted">{t('libraryLoading')}</aside>;
  const { article, excerpts, links } = p.data;
  return (
    <aside class="lib-article" data-testid="library-article" aria-label={article.title}>
      <ArticleBar onClose={p.onClose} onDelete={p.onDelete} />
      <ArticleHead article={article} />
      <TagEditor
        tags={article.tags ?? []}
        keywords={article.keywords}
        onAdd={p.onAddTag}
        onRemove={p.onRemoveTag}
      />
      {article.summary && (
        <section>
          <h3 class="lib-h3">{t('librarySummary')}</h3>
          <p class="lib-summary">{article.summary}</p>
        </section>
      )}
      <section>
        <h3 class="lib-h3">{t('libraryNote')}</h3>
        <NoteField
          key={article.url}
          value={article.note}
          label={t('libraryNote')}
          placeholder={t('articleNotePlaceholder')}
          testId="library-note"
          rows={4}
          onSave={p.onNote}
        />
      </section>
      <Excerpts excerpts={excerpts} />
      <section>
        <h3 class="lib-h3">{t('libraryRelated')}</h3>
        <RelatedLinks
          links={article.related}
          mark={relatedMarks(p.byUrl, links)}
          onToggleKeep={p.onKeep}
        />
      </section>
      <OnThisStory story={p.story} byUrl={p.byUrl} onOpen={p.onOpen} />
    </aside>
  );
}
