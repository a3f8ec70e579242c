import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { HubItem } from '../../utils/library/hub/items';
import { HUB_PAGE } from '../../utils/library/hub/limits';
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
}

/** Every highlight across the library, newest first, with filters; a page at a time. */
export function HubView(p: Props) {
  const { hub } = p;
  const [limit, setLimit] = useState(HUB_PAGE);
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
            />
          ))}
        </ul>
      )}
      {hub.shown.length > limit && (
        <button
          type="button"
          class="button hub-more"
          data-testid="hub-more"
          onClick={() => setLimit((l) => l + HUB_PAGE)}
        >
          {t('hubShowMore', (hub.shown.length - limit).toLocaleString())}
        </button>
      )}
    </section>
  );
}
