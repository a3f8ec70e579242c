import { tagSuggestions } from '../../utils/library/hub/tags';
import type { LibraryPage } from '../../utils/library/use-library-page';
import { DigestView } from './DigestView';
import { HubView } from './HubView';
import { ReaderView } from './ReaderView';
import { ReviewView } from './ReviewView';

/**
 * The library's sections beyond the article list, the one in the address shown: the highlights
 * hub, today's review, the digest, and the reader.
 */
export function AfterSaveSections({ page }: { page: LibraryPage }) {
  const { route, after, readItem } = page;
  return (
    <>
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
          tagNames={tagSuggestions(after.hub.facets.tags, page.c.facets.tags)}
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
          onRead={(url) => page.read(url)}
        />
      )}
      {route.section === 'reader' && (
        <ReaderView data={page.reader} start={route.highlight} onBack={page.back} />
      )}
    </>
  );
}
