import { useState } from 'preact/hooks';
import type { ArticlePreview } from '../../utils/schemas/article-preview';
import { t } from '../../utils/i18n';
import { metaLine, shortDate } from '../../utils/view/format';
import { KeywordChips } from './KeywordChips';
import { SaveControl } from './SaveControl';

export interface PageView {
  loading: boolean;
  article: ArticlePreview | null;
  saved: boolean;
  saving: boolean;
  /** The saved copy was just brought up to date. */
  updated?: boolean;
  /** The page is not an article but can be saved as it is. */
  canSaveAsIs?: boolean;
  savedAsIs?: boolean;
}

interface Props {
  page: PageView;
  /** Folded to one line, so the lists below get the room. */
  folded: boolean;
  onToggleFold: () => void;
  onSave: () => void;
  onSaveAsIs?: () => void;
  onOpenDetail: () => void;
  onPickKeyword: (keyword: string) => void;
  /** Show the article's related links (in their own tab, where they have room). */
  onShowRelated: () => void;
}

/** What the current tab shows: the recognized article and its Save control, or a friendly line. */
export function PageCard(props: Props) {
  const { page, folded } = props;
  const { article } = page;
  if (page.loading) {
    return (
      <section class="page-card is-loading" aria-busy="true">
        <p class="muted">{t('lookingAtPage')}</p>
      </section>
    );
  }
  if (!article) return <NotArticleCard page={page} onSaveAsIs={props.onSaveAsIs} />;
  return (
    <section
      class={`page-card${folded ? ' is-folded' : ''}`}
      data-testid="page-card"
      data-format={article.format}
      data-folded={folded ? 'true' : 'false'}
    >
      <CardHead article={article} folded={folded} onToggleFold={props.onToggleFold} />
      <div id="page-card-body" class="card-body" hidden={folded}>
        <h1 class="card-title">{article.title}</h1>
        {article.summary && <CardSummary format={article.format} summary={article.summary} />}
        <KeywordChips keywords={article.keywords} onPick={props.onPickKeyword} />
        {article.aiGenerated && <p class="ai-notice">{t('aiNotice')}</p>}
      </div>
      <CardActions {...props} article={article} />
    </section>
  );
}

/** A page that is not an article: say so, and offer to save it as it is when it can be. */
function NotArticleCard({ page, onSaveAsIs }: { page: PageView; onSaveAsIs?: () => void }) {
  return (
    <section class="page-card" data-testid="page-card" data-format="none">
      <p class="muted">{t('notAnArticle')}</p>
      {page.canSaveAsIs && onSaveAsIs && (
        <button
          type="button"
          class="button"
          data-testid="save-page-anyway"
          disabled={page.saving || page.savedAsIs}
          onClick={onSaveAsIs}
        >
          {page.savedAsIs ? t('savedAsIs') : t('saveAsIs')}
        </button>
      )}
    </section>
  );
}

interface HeadProps {
  article: ArticlePreview;
  folded: boolean;
  onToggleFold: () => void;
}

/** The card's first line: the format badge, the date and source (folded: the title), the fold switch. */
function CardHead({ article, folded, onToggleFold }: HeadProps) {
  const meta = metaLine([shortDate(article.publishedAt), article.source]);
  return (
    <div class="card-head">
      <span class={`badge badge-${article.format}`}>
        {article.format === 'quickread' ? t('formatQuickread') : t('formatGeneric')}
      </span>
      {folded ? (
        <span class="card-title-line" title={article.title}>
          {article.title}
        </span>
      ) : (
        meta && <span class="muted small">{meta}</span>
      )}
      <button
        type="button"
        class="icon-button push-right"
        data-testid="page-fold"
        aria-expanded={folded ? 'false' : 'true'}
        aria-controls="page-card-body"
        aria-label={t('popupCardDetails')}
        title={folded ? t('popupUnfoldCard') : t('popupFoldCard')}
        onClick={onToggleFold}
      >
        {folded ? '▾' : '▴'}
      </button>
    </div>
  );
}

/** The summary, clamped to a few lines; a long one can be shown whole. */
function CardSummary({ format, summary }: { format: ArticlePreview['format']; summary: string }) {
  const [expanded, setExpanded] = useState(false);
  return (
    <div class="summary-box">
      <p class={`summary${expanded ? '' : ' clamp'}`}>
        <strong>{format === 'quickread' ? t('quickRead') : t('descriptionLabel')}</strong> {summary}
      </p>
      {summary.length > 120 && (
        <button
          type="button"
          class="link-button small"
          aria-expanded={expanded ? 'true' : 'false'}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('showLess') : t('showMore')}
        </button>
      )}
    </div>
  );
}

/** Save (or update), open the saved detail, and the way to the article's related links. */
function CardActions(props: Props & { article: ArticlePreview }) {
  const { page, folded, article } = props;
  return (
    <div class="card-actions">
      <SaveControl
        saved={page.saved}
        saving={page.saving}
        updated={page.updated ?? false}
        onSave={props.onSave}
      />
      {page.saved && !folded && (
        <button type="button" class="button" onClick={props.onOpenDetail}>
          {t('openDetail')}
        </button>
      )}
      {article.related.length > 0 && (
        <button
          type="button"
          class="link-button small push-right"
          data-testid="show-related"
          onClick={props.onShowRelated}
        >
          {t('relatedCount', article.related.length)}
        </button>
      )}
    </div>
  );
}
