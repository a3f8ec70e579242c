import { t } from '../../utils/i18n';
import { metaLine, shortDate } from '../../utils/view/format';
import type { ArticlePreview } from '../../utils/schemas/article-preview';

interface Props {
  /** What the page's content script recognized; null: the page is not an article. */
  article: ArticlePreview | null;
  /** The title under which the page is saved, if it is. */
  savedTitle: string | null;
  saved: boolean;
  saving: boolean;
  onSave: () => void;
}

/** The article of the tab: title, date, source, quick-read summary, keywords, AI notice, Save. */
export function PanelArticle({ article, savedTitle, saved, saving, onSave }: Props) {
  const saveButton = (label: string) => (
    <button
      type="button"
      class={`button ${saved ? 'is-on' : 'button-primary'}`}
      data-testid="panel-save"
      data-saved={saved ? 'true' : 'false'}
      aria-pressed={saved ? 'true' : 'false'}
      disabled={saving}
      onClick={onSave}
    >
      {saving ? t('saving') : saved ? t('saved') : label}
    </button>
  );
  if (!article) {
    return (
      <section class="panel-article" data-testid="panel-article" data-format="none">
        {savedTitle && <h1 class="panel-title">{savedTitle}</h1>}
        <p class="muted">{t('panelNotArticle')}</p>
        {saveButton(t('saveAsIs'))}
      </section>
    );
  }
  const meta = metaLine([shortDate(article.publishedAt), article.source]);
  return (
    <section class="panel-article" data-testid="panel-article" data-format={article.format}>
      <div class="card-head">
        <span class={`badge badge-${article.format}`}>
          {article.format === 'quickread' ? t('formatQuickread') : t('formatGeneric')}
        </span>
        {meta && <span class="muted small">{meta}</span>}
      </div>
      <h1 class="panel-title">{article.title}</h1>
      {article.summary && (
        <p class="summary">
          <strong>{article.format === 'quickread' ? t('quickRead') : t('descriptionLabel')}</strong>{' '}
          {article.summary}
        </p>
      )}
      {article.keywords.length > 0 && (
        <ul class="chips" aria-label={t('keywords')}>
          {article.keywords.map((k) => (
            <li key={k} class="chip">
              {k}
            </li>
          ))}
        </ul>
      )}
      {article.aiGenerated && <p class="ai-notice">{t('aiNotice')}</p>}
      <div class="card-actions">{saveButton(t('save'))}</div>
    </section>
  );
}
