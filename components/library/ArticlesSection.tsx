import { t } from '../../utils/i18n';
import type { LibraryDeps } from '../../utils/library/deps';
import { countText, emptyText } from '../../utils/library/list-text';
import type { LibraryPage } from '../../utils/library/use-library-page';
import { ArticleView } from './ArticleView';
import { BulkBar } from './BulkBar';
import { ChartPanel } from './ChartPanel';
import { FilterPanel } from './FilterPanel';
import { LibraryHeader } from './LibraryHeader';
import { ResultList } from './ResultList';
import { StoryList } from './StoryList';
import { TagManager } from './TagManager';

interface Props {
  page: LibraryPage;
  deps: LibraryDeps;
}

/** The filters and the reader's tags, beside the list. */
function ArticlesSide({ page: { c } }: Pick<Props, 'page'>) {
  return (
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
        onRename={(from, to) => void c.actions.renameTag(from, to)}
      />
    </aside>
  );
}

/** The list view: what to do with the selected articles, above the articles that match. */
function ListView({ page: { c }, deps }: Props) {
  const { actions } = c;
  return (
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
        empty={emptyText(c.loading, c.total)}
        selected={c.selected}
        openUrl={c.openUrl}
        onOpen={c.open}
        onToggle={c.toggleSelect}
        bodySnippets={c.bodySnippets}
      />
    </>
  );
}

/** The open article beside the list, with its writes. */
function OpenArticle({ page }: Pick<Props, 'page'>) {
  const { c } = page;
  const { actions } = c;
  const url = c.openUrl!;
  return (
    <ArticleView
      data={page.article}
      story={page.story}
      byUrl={c.byUrl}
      onClose={c.close}
      onOpen={c.open}
      onNote={(note) => actions.saveNote(url, note)}
      onAddTag={(tag) => void actions.tag([url], tag)}
      onRemoveTag={(tag) => void actions.untag([url], tag)}
      onDelete={() => void actions.remove([url])}
      onKeep={(link, keep) => void actions.keep(link, keep)}
    />
  );
}

/** The saved articles: header, filters, the list (or its stories, or charts) and the open one. */
export function ArticlesSection({ page, deps }: Props) {
  const { c } = page;
  return (
    <>
      <LibraryHeader
        view={c.view}
        query={c.filter.query}
        sort={c.sort}
        descending={c.descending}
        count={countText(c.loading, c.results.length, c.total)}
        shown={c.results.length}
        total={c.total}
        searching={c.searchingBodies}
        onView={c.setView}
        onQuery={c.setQuery}
        onSort={c.setSort}
        onFlip={c.flipOrder}
      />
      <div class="lib-body">
        <ArticlesSide page={page} />
        <main class="lib-main">
          {c.view === 'list' && <ListView page={page} deps={deps} />}
          {c.view === 'stories' && (
            <StoryList stories={c.stories} byUrl={c.byUrl} onOpen={c.open} />
          )}
          {c.view === 'charts' && (
            <ChartPanel
              cards={c.cards}
              now={deps.now()}
              empty={c.total === 0}
              onFilter={c.filterFromChart}
            />
          )}
        </main>
        {c.openUrl && <OpenArticle page={page} />}
      </div>
    </>
  );
}
