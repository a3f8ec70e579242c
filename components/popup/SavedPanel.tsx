import type { ArticleCard } from '../../utils/db';
import { t } from '../../utils/i18n';
import type { Snippet } from '../../utils/search';
import { SavedList } from './SavedList';
import { SearchBar } from './SearchBar';

export interface SavedPanelView {
  loading: boolean;
  total: number | null;
  /** The urls listed, in order. */
  results: readonly string[];
  /** The card of a listed url, once read; `want` asks for those of the rows in view. */
  cardOf: (url: string) => ArticleCard | undefined;
  want: (urls: readonly string[]) => void;
  /** A query or a keyword narrows the list. */
  filtered: boolean;
  /** The list shows what the search found (before its first answer: every article). */
  answered: boolean;
  searchingBodies: boolean;
  snippet: (card: ArticleCard) => Snippet | null;
  query: string;
  keyword: string | null;
  keywords: { keyword: string; count: number }[];
  /** The keywords are being counted (asked for by `askKeywords`). */
  countingKeywords: boolean;
  /** The reader reaches for the search or the filter: count the keywords. */
  askKeywords: () => void;
  setQuery: (query: string) => void;
  setKeyword: (keyword: string | null) => void;
}

interface Props {
  library: SavedPanelView;
  /** The article whose detail was just closed: its row is brought back into view. */
  focusUrl: string | null;
  onOpen: (url: string) => void;
}

/** The saved articles with their search: count, snippets, and the keyword filter. */
export function SavedPanel({ library, focusUrl, onOpen }: Props) {
  const empty = library.loading
    ? t('loading')
    : library.total === 0
      ? t('emptySaved')
      : library.searchingBodies
        ? t('popupSearchingBodies')
        : t('noMatches');
  return (
    <section class="panel" role="tabpanel" id="panel-saved" aria-labelledby="tab-saved">
      <SearchBar
        query={library.query}
        keyword={library.keyword}
        keywords={library.keywords}
        countingKeywords={library.countingKeywords}
        onReach={library.askKeywords}
        resultCount={library.filtered && library.answered ? library.results.length : null}
        searching={library.searchingBodies}
        onQuery={library.setQuery}
        onKeyword={library.setKeyword}
      />
      <SavedList
        urls={library.results}
        cardOf={library.cardOf}
        want={library.want}
        snippet={library.filtered && library.answered ? library.snippet : undefined}
        resetKey={`${library.query}\u0000${library.keyword ?? ''}`}
        label={t('savedListLabel')}
        empty={empty}
        focusUrl={focusUrl}
        onOpen={onOpen}
      />
    </section>
  );
}
