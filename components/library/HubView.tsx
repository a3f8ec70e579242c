import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { HubItem } from '../../utils/library/hub/items';
import { HUB_FIRST_PAINT, HUB_PAGE } from '../../utils/library/hub/limits';
import type { HubState } from '../../utils/library/hub/use-hub';
import type { CardTheme } from '../../utils/library/quote-card/draw';
import { HubFilters } from './HubFilters';
import { HubHighlight } from './HubHighlight';

interface Props {
  hub: HubState;
  theme: CardTheme;
  onTheme: (theme: CardTheme) => void;
  onOpen: (item: HubItem) => void;
  onCopy: (item: HubItem) => void;
  onCard: (item: HubItem) => void;
  onCopyCard: (item: HubItem) => void;
  onTags: (item: HubItem, tags: string[]) => Promise<boolean>;
  /** Tags already used (on highlights or articles): suggested while a tag is typed. */
  tagNames: readonly string[];
}

const TAG_LIST_ID = 'hub-tag-names';

/** Every highlight across the library, newest first, with filters; a page at a time. */
export function HubView(p: Props) {
  const { hub } = p;
  // A screenful first; the effect (after the first paint, and on each new filter) makes it a page.
  const [limit, setLimit] = useState(HUB_FIRST_PAINT);
  useEffect(() => setLimit(HUB_PAGE), [hub.filter]);
  const shown = hub.shown.slice(0, limit);
  const empty = !hub.complete
    ? t('libraryLoading')
    : hub.items.length === 0
      ? t('hubEmpty')
      : t('hubNoMatches');
  return (
    <section
      class="hub"
      data-testid="hub"
      data-complete={hub.complete}
      aria-busy={!hub.complete}
      aria-label={t('sectionHub')}
    >
      <HubFilters
        filter={hub.filter}
        sources={hub.facets.sources}
        tags={hub.facets.tags}
        shown={hub.shown.length}
        total={hub.items.length}
        theme={p.theme}
        onFilter={hub.setFilter}
        onClear={hub.clearFilter}
        onTheme={p.onTheme}
      />
      {shown.length === 0 ? (
        <p class="lib-muted hub-empty" data-testid="hub-empty">
          {empty}
        </p>
      ) : (
        <ul class="hub-list" data-testid="hub-list">
          {shown.map((item) => (
            <HubHighlight
              key={item.id}
              item={item}
              onOpen={p.onOpen}
              onCopy={p.onCopy}
              onCard={p.onCard}
              onCopyCard={p.onCopyCard}
              onTags={p.onTags}
              tagListId={TAG_LIST_ID}
            />
          ))}
        </ul>
      )}
      <TagNames id={TAG_LIST_ID} tags={p.tagNames} />
      {hub.shown.length > limit && (
        <ShowMore left={hub.shown.length - limit} onMore={() => setLimit((l) => l + HUB_PAGE)} />
      )}
    </section>
  );
}

/** The tags suggested while a highlight's tag is typed. */
function TagNames({ id, tags }: { id: string; tags: readonly string[] }) {
  return (
    <datalist id={id}>
      {tags.map((tag) => (
        <option key={tag} value={tag} />
      ))}
    </datalist>
  );
}

/** Shows the next page of highlights. */
function ShowMore({ left, onMore }: { left: number; onMore: () => void }) {
  return (
    <button type="button" class="button hub-more" data-testid="hub-more" onClick={onMore}>
      {t('hubShowMore', left.toLocaleString())}
    </button>
  );
}
