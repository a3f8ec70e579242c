import { useEffect, useRef } from 'preact/hooks';
import type { RelatedLink } from '../../utils/schemas/article';
import type { Highlight, SavedArticle } from '../../utils/schemas/records';
import type { ExportChoice } from '../../utils/export';
import { t } from '../../utils/i18n';
import { EXPORT_CHOICES } from '../../utils/view/export-choices';
import { metaLine, shortDate } from '../../utils/view/format';
import { HighlightList } from './HighlightList';
import { KeywordChips } from './KeywordChips';
import { NoteField } from '../shared/NoteField';
import { RelatedLinks } from '../shared/RelatedLinks';
import type { MarkOf } from '../../utils/view/related-marks';
import { SafeLink } from '../shared/SafeLink';

export interface DetailView {
  article: SavedArticle;
  /** In page order. */
  highlights: Highlight[];
  orphaned: ReadonlySet<string>;
  /** The current tab shows this article. */
  onTab: boolean;
}

interface Props {
  detail: DetailView;
  /** What the reader did with each related link. */
  mark: MarkOf;
  onBack: () => void;
  onNote: (note: string) => Promise<void>;
  onHighlightNote: (id: string, note: string) => Promise<void>;
  onDeleteHighlight: (id: string) => void;
  onScrollTo: (id: string) => void;
  onToggleKeep: (link: RelatedLink, keep: boolean) => void;
  onPickKeyword: (keyword: string) => void;
  onDelete: () => void;
  onExport: (kind: ExportChoice) => void;
}

/** One saved article: summary, keywords, note, highlights, related links and what can be done. */
export function ItemDetail(props: Props) {
  const { article, highlights, orphaned, onTab } = props.detail;
  return (
    <section class="detail" data-testid="item-detail" aria-labelledby="detail-title">
      <DetailHead url={article.url} onBack={props.onBack} />
      <DetailArticle article={article} onPickKeyword={props.onPickKeyword} />

      <h2 class="section-title">{t('articleNote')}</h2>
      <NoteField
        key={article.url}
        value={article.note}
        label={t('articleNote')}
        placeholder={t('articleNotePlaceholder')}
        testId="detail-note"
        onSave={props.onNote}
      />

      <h2 class="section-title">{t('highlightsCount', highlights.length)}</h2>
      <HighlightList
        highlights={highlights}
        orphaned={orphaned}
        onTab={onTab}
        onScrollTo={props.onScrollTo}
        onNote={props.onHighlightNote}
        onDelete={props.onDeleteHighlight}
      />

      <h2 class="section-title">{t('relatedCount', article.related.length)}</h2>
      <RelatedLinks links={article.related} mark={props.mark} onToggleKeep={props.onToggleKeep} />

      <DetailActions onExport={props.onExport} onDelete={props.onDelete} />
    </section>
  );
}

/** Back (focused when the detail opens, so Escape and Enter both lead back) and the original page. */
function DetailHead({ url, onBack }: { url: string; onBack: () => void }) {
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <div class="detail-head">
      <button
        ref={back}
        type="button"
        class="button button-small"
        aria-keyshortcuts="Escape"
        onClick={onBack}
      >
        ← {t('back')}
      </button>
      <SafeLink url={url} class="button button-small" title={url}>
        {t('openOriginal')}
      </SafeLink>
    </div>
  );
}

interface ArticleProps {
  article: SavedArticle;
  onPickKeyword: (keyword: string) => void;
}

/** What the article says of itself: title, date and source, summary, keywords, the AI notice. */
function DetailArticle({ article, onPickKeyword }: ArticleProps) {
  const meta = metaLine([shortDate(article.publishedAt), article.source]);
  return (
    <>
      <h1 id="detail-title" class="card-title">
        {article.title || article.url}
      </h1>
      {meta && <p class="muted small">{meta}</p>}
      {article.summary && (
        <p class="summary">
          <strong>{article.format === 'quickread' ? t('quickRead') : t('descriptionLabel')}</strong>{' '}
          {article.summary}
        </p>
      )}
      <KeywordChips keywords={article.keywords} onPick={onPickKeyword} />
      {article.aiGenerated && <p class="ai-notice">{t('aiNotice')}</p>}
    </>
  );
}

interface ActionsProps {
  onExport: (kind: ExportChoice) => void;
  onDelete: () => void;
}

/** Export the article in each format, and delete it (with undo). */
function DetailActions({ onExport, onDelete }: ActionsProps) {
  return (
    <div class="detail-actions">
      <span class="muted small">{t('exportArticle')}</span>
      {EXPORT_CHOICES.map(({ kind, label, hint }) => (
        <button
          key={kind}
          type="button"
          class="button button-small"
          title={t(hint)}
          onClick={() => onExport(kind)}
        >
          {t(label)}
        </button>
      ))}
      <button
        type="button"
        class="button button-small button-danger push-right"
        data-testid="detail-delete"
        onClick={onDelete}
      >
        {t('deleteArticle')}
      </button>
    </div>
  );
}
