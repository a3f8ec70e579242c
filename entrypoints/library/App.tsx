import { AfterSaveSections } from '../../components/library/AfterSaveSections';
import { ArticlesSection } from '../../components/library/ArticlesSection';
import { HubTabs } from '../../components/library/HubTabs';
import { LibraryToasts } from '../../components/library/LibraryToasts';
import type { LibraryDeps } from '../../utils/library/deps';
import { HOME } from '../../utils/library/reader/route';
import { useLibraryPage } from '../../utils/library/use-library-page';

/** The library page: its sections as tabs, the one in the address shown, and its messages. */
export function App({ deps }: { deps: LibraryDeps }) {
  const page = useLibraryPage(deps);
  const { c, route } = page;
  return (
    <div class="lib-app" data-complete={c.complete} data-section={route.section}>
      <HubTabs
        section={route.section}
        reviewCount={page.after.review.left}
        onSection={(section) => page.go({ ...HOME, section })}
      />
      <AfterSaveSections page={page} />
      {route.section === 'articles' && <ArticlesSection page={page} deps={deps} />}
      <LibraryToasts page={page} />
    </div>
  );
}
