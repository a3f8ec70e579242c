import { ArticleView } from '../../components/library/ArticleView';
import { BulkBar } from '../../components/library/BulkBar';
import { ChartPanel } from '../../components/library/ChartPanel';
import { FilterPanel } from '../../components/library/FilterPanel';
import { LibraryHeader } from '../../components/library/LibraryHeader';
import { ResultList } from '../../components/library/ResultList';
import { StoryList } from '../../components/library/StoryList';
import { TagManager } from '../../components/library/TagManager';
import { UndoToast } from '../../components/shared/UndoToast';
import { storyOf } from '../../utils/clusters';
import { t } from '../../utils/i18n';
import type { LibraryDeps } from '../../utils/library/deps';
import { useArticleView } from '../../utils/library/use-article-view';
import { useChartData } from '../../utils/library/use-chart-data';
import { useLibraryController } from '../../utils/library/use-library-controller';
import { useEscape } from '../../utils/popup/use-escape';

export function App({ deps }: { deps: LibraryDeps }) {
  const c = useLibraryController(deps);
  const { actions } = c;
  const article = useArticleView(deps, c.openUrl, () => undefined);
  const charts = useChartData(c.cards, deps.now());
  const story = c.openUrl && c.stories ? (storyOf(c.stories, c.openUrl)?.story ?? null) : null;
  useEscape(deps.document, c.openUrl !== null, c.close);

  const count = c.loading
    ? t('libraryLoading')
    : t('libraryCount', [c.results.length.toLocaleString(), c.total.toLocaleString()]);
  const empty = c.loading
    ? t('libraryLoading')
    : c.total === 0
      ? t('libraryEmpty')
      : t('libraryNoMatches');

  return (
    <div class="lib-app" data-complete={c.complete}>
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
