import { useState } from 'preact/hooks';
import type { Article, RelatedLink } from '../../utils/schemas/article';
import { t } from '../../utils/i18n';
import { metaLine, shortDate } from '../../utils/popup/format';
import { KeywordChips } from './KeywordChips';
import { RelatedLinks } from './RelatedLinks';

export interface PageView {
  loading: boolean;
  article: Article | null;
  saved: boolean;
  saving: boolean;
  /** The page is not an article but can be saved as it is. */
  canSaveAsIs?: boolean;
  savedAsIs?: boolean;
}

interface Props {
  page: PageView;
  kept: ReadonlySet<string>;
  onSave: () => void;
  onSaveAsIs?: () => void;
  onOpenDetail: () => void;
  onPickKeyword: (keyword: string) => void;
  onToggleKeep: (link: RelatedLink, keep: boolean) => void;
}

/** What the current tab shows: the recognized article and its Save button, or a friendly line. */
export function PageCard(props: Props) {
  const { page, kept, onSave, onSaveAsIs, onOpenDetail, onPickKeyword, onToggleKeep } = props;
  const [expanded, setExpanded] = useState(false);
  const { article } = page;
  if (page.loading) {
    return (
      <section class="page-card is-loading" aria-busy="true">
        <p class="muted">{t('lookingAtPage')}</p>
      </section>
    );
  }
  if (!article) {
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
  const meta = metaLine([shortDate(article.publishedAt), article.source]);
  return (
    <section class="page-card" data-testid="page-card" data-format={article.format}>
      <div class="card-head">
        <span class={`badge badge-${article.format}`}>
          {article.format === 'quickread' ? t('formatQuickread') : t('formatGeneric')}
        </span>
        {meta && <span class="muted small">{meta}</span>}
      </div>
      <h1 class="card-title">{article.title}</h1>
      {article.summary && (
        <div class="summary-box">
          <p class={`summary${expanded ? '' : ' clamp'}`}>
            <strong>
              {article.format === 'quickread' ? t('quickRead') : t('descriptionLabel')}
            </strong>{' '}
            {article.summary}
          </p>
          {article.summary.length > 120 && (
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
      )}
      <KeywordChips keywords={article.keywords} onPick={onPickKeyword} />
      {article.aiGenerated && <p class="ai-notice">{t('aiNotice')}</p>}
      <div class="card-actions">
        <button
          type="button"
          class={`button ${page.saved ? 'is-on' : 'button-primary'}`}
          data-testid="save-article"
          data-saved={page.saved ? 'true' : 'false'}
          aria-pressed={page.saved ? 'true' : 'false'}
          title={page.saved ? t('savedHint') : t('saveHint')}
          disabled={page.saving}
          onClick={onSave}
        >
          {page.saving ? t('saving') : page.saved ? t('saved') : t('save')}
        </button>
        {page.saved && (
          <button type="button" class="button" onClick={onOpenDetail}>
            {t('openDetail')}
          </button>
        )}
      </div>
      {article.related.length > 0 && (
        <details class="related-box">
          <summary>{t('relatedCount', article.related.length)}</summary>
          <RelatedLinks links={article.related} kept={kept} onToggleKeep={onToggleKeep} />
        </details>
      )}
    </section>
  );
}
