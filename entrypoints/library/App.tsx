import { ArticleView } from '../../components/library/ArticleView';
import { BulkBar } from '../../components/library/BulkBar';
import { ChartPanel } from '../../components/library/ChartPanel';
import { DigestView } from '../../components/library/DigestView';
import { FilterPanel } from '../../components/library/FilterPanel';
import { HubTabs } from '../../components/library/HubTabs';
import { HubView } from '../../components/library/HubView';
import { LibraryHeader } from '../../components/library/LibraryHeader';
import { ReaderView } from '../../components/library/ReaderView';
import { ResultList } from '../../components/library/ResultList';
import { ReviewView } from '../../components/library/ReviewView';
import { StoryList } from '../../components/library/StoryList';
import { TagManager } from '../../components/library/TagManager';
import { UndoToast } from '../../components/shared/UndoToast';
import { storyOf } from '../../utils/clusters';
import { t } from '../../utils/i18n';
import type { LibraryDeps } from '../../utils/library/deps';
import type { HubItem } from '../../utils/library/hub/items';
import { tagSuggestions } from '../../utils/library/hub/tags';
import { browserReviewStorage, useAfterSave } from '../../utils/library/hub/use-after-save';
import { HOME } from '../../utils/library/reader/route';
import { useReaderData } from '../../utils/library/reader/use-reader';
import { useRoute } from '../../utils/library/reader/use-route';
import { useArticleView } from '../../utils/library/use-article-view';
import { useChartData } from '../../utils/library/use-chart-data';
import { useLibraryController } from '../../utils/library/use-library-controller';
import { useEscape } from '../../utils/popup/use-escape';
import { useMemo } from 'preact/hooks';

export function App({ deps }: { deps: LibraryDeps }) {
  const c = useLibraryController(deps);
  const { actions } = c;
  const article = useArticleView(deps, c.openUrl, () => undefined);
  const charts = useChartData(c.cards, deps.now());
  const story = c.openUrl && c.stories ? (storyOf(c.stories, c.openUrl)?.story ?? null) : null;
  useEscape(deps.document, c.openUrl !== null, c.close);
  const { route, go } = useRoute(deps.document.defaultView!);
  const storage = useMemo(browserReviewStorage, []);
  const after = useAfterSave(deps, c.cards, c.stories, storage, c.complete);
  const reader = useReaderData(
    deps,
    route.section === 'reader' ? route.url : null,
    () => undefined,
  );
  const read = (url: string, highlight: string | null = null) =>
    go({ section: 'reader', url, highlight });
  const readItem = (item: HubItem) => read(item.articleUrl, item.id);

  const count = c.loading
    ? t('libraryLoading')
    : t('libraryCount', [c.results.length.toLocaleString(), c.total.toLocaleString()]);
  const empty = c.loading
    ? t('libraryLoading')
    : c.total === 0
      ? t('libraryEmpty')
      : t('libraryNoMatches');

  return (
    <div class="lib-app" data-complete={c.complete} data-section={route.section}>
      <HubTabs
        section={route.section}
        reviewCount={after.review.left}
        onSection={(section) => go({ ...HOME, section })}
      />
      {route.section === 'hub' && (
        <HubView
          hub={after.hub}
          theme={after.theme}
          onTheme={after.setTheme}
          onOpen={readItem}
          onCopy={(item) => void after.copyQuote(item)}
          onCard={(item) => void after.downloadCard(item)}
          onCopyCard={(item) => void after.copyCard(item)}
          onTags={after.tagHighlight}
          tagNames={tagSuggestions(after.hub.facets.tags, c.facets.tags)}
        />
      )}
      {route.section === 'review' && (
        <ReviewView
          loading={after.review.loading || !after.hub.complete}
          current={after.review.current}
          left={after.review.left}
          onAnswer={after.review.reply}
          onOpen={readItem}
        />
      )}
      {route.section === 'digest' && (
        <DigestView
          range={after.digest.range}
          stories={after.digest.stories}
          loading={after.digest.loading}
          onRange={after.digest.setRange}
          onCopyMarkdown={() => void after.copyDigestMarkdown()}
          onCopyRich={() => void after.copyDigestRich()}
          onPrint={after.print}
          onRead={(url) => read(url)}
        />
      )}
      {route.section === 'reader' && (
        <ReaderView
          data={reader}
          start={route.highlight}
          onBack={() => deps.document.defaultView!.history.back()}
        />
      )}
      {route.section === 'articles' && (
        <>
          <LibraryHeader
            view={c.view}
            query={c.filter.query}
            sort={c.sort}
            descending={c.descending}
            count={count}
            shown={c.results.length}
            total={c.total}
            onView={c.setView}
            onQuery={(query) => c.setFilter({ query })}
            onSort={c.setSort}
            onFlip={c.flipOrder}
          />
          <div class="lib-body">
            <aside class="lib-side">
              <FilterPanel
                filter={c.filter}
                filtered={c.filtered}
                sources={c.facets.sources}
                keywords={c.facets.keywords}
                tags={c.facets.tags}
                onFilter={c.setFilter}
                onClear={c.clearFilter}
              />
              <TagManager
                tags={c.facets.tags}
                active={c.filter.tag}
                onPick={(tag) => c.setFilter({ tag })}
                onRename={(from, to) => void actions.renameTag(from, to)}
              />
            </aside>
            <main class="lib-main">
              {c.view === 'list' && (
                <>
                  <BulkBar
                    selected={c.selected.size}
                    shown={c.results.length}
                    busy={actions.busy}
                    onSelectAll={c.selectAll}
                    onClear={c.clearSelection}
                    onDelete={() => void actions.remove([...c.selected])}
                    onExport={(kind) => void actions.exportUrls(c.selected, kind)}
                    templates={deps.templates}
                    onTag={(tag) => void actions.tag([...c.selected], tag)}
                  />
                  <ResultList
                    cards={c.results}
                    terms={c.terms}
                    label={t('libraryListLabel')}
                    empty={empty}
                    selected={c.selected}
                    openUrl={c.openUrl}
                    onOpen={c.open}
                    onToggle={c.toggleSelect}
                    bodySnippets={c.bodySnippets}
                  />
                </>
              )}
              {c.view === 'stories' && (
                <StoryList stories={c.stories} byUrl={c.byUrl} onOpen={c.open} />
              )}
              {c.view === 'charts' && (
                <ChartPanel charts={charts} empty={c.total === 0} onFilter={c.filterFromChart} />
              )}
            </main>
            {c.openUrl && (
              <ArticleView
                data={article}
                story={story}
                byUrl={c.byUrl}
                onClose={c.close}
                onOpen={c.open}
                onNote={(note) => actions.saveNote(c.openUrl!, note)}
                onAddTag={(tag) => void actions.tag([c.openUrl!], tag)}
                onRemoveTag={(tag) => void actions.untag([c.openUrl!], tag)}
                onDelete={() => void actions.remove([c.openUrl!])}
                onKeep={(link, keep) => void actions.keep(link, keep)}
              />
            )}
          </div>
        </>
      )}
      {after.message && (
        <UndoToast
          role={after.message.error ? 'alert' : 'status'}
          testId={after.message.error ? 'error' : 'hub-toast'}
          text={after.message.text}
          onDismiss={after.dismissMessage}
        />
      )}
      {actions.undoable && (
        <UndoToast
          text={t('libraryDeleted', actions.undoable.length)}
          testId="library-undo-toast"
          undoTestId="library-undo"
          onUndo={() => void actions.undo()}
          onDismiss={actions.dismissUndo}
        />
      )}
      {c.error && (
        <UndoToast role="alert" testId="error" text={c.error} onDismiss={c.dismissError} />
      )}
    </div>
  );
}
