import type { Translate } from '../i18n';

/** The words of a Markdown export, in the reader's language. `buildMarkdown` takes them as given. */
export interface MarkdownLabels {
  title: string;
  exported: (time: string) => string;
  articles: (count: number) => string;
  highlights: (count: number) => string;
  untitled: string;
  link: string;
  published: string;
  source: string;
  keywords: string;
  /** The reader's own tags. */
  tags: string;
  saved: string;
  aiGenerated: string;
  /** The heading of a quick-read article's summary. */
  quickRead: string;
  /** The heading of any other article's summary: the description its page gives. */
  description: string;
  note: string;
  highlightsHeading: (count: number) => string;
  related: string;
  readLater: string;
  /** Between keywords: `, ` in English, `、` in Chinese. */
  listSeparator: string;
}

/** The labels of a Markdown export through `t` (`formatNumber` groups digits the reader's way). */
export function markdownLabels(
  t: Translate,
  formatNumber: (n: number) => string = String,
): MarkdownLabels {
  const counted = (one: Parameters<Translate>[0], many: Parameters<Translate>[0]) => (n: number) =>
    t(n === 1 ? one : many, formatNumber(n));
  return {
    title: t('mdTitle'),
    exported: (time) => t('mdExported', time),
    articles: counted('mdArticlesOne', 'mdArticles'),
    highlights: counted('mdHighlightsOne', 'mdHighlights'),
    untitled: t('mdUntitled'),
    link: t('mdLink'),
    published: t('mdPublished'),
    source: t('mdSource'),
    keywords: t('mdKeywords'),
    tags: t('mdTags'),
    saved: t('mdSaved'),
    aiGenerated: t('mdAiGenerated'),
    quickRead: t('mdQuickRead'),
    description: t('mdDescription'),
    note: t('mdNote'),
    highlightsHeading: (n) => t('mdHighlightsHeading', formatNumber(n)),
    related: t('mdRelated'),
    readLater: t('mdReadLater'),
    listSeparator: t('mdListSeparator'),
  };
}
