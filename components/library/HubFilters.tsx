import { HIGHLIGHT_COLORS } from '../../utils/highlight-colors';
import { t, type MessageKey } from '../../utils/i18n';
import type { CardTheme } from '../../utils/library/quote-card/draw';
import { HUB_RANGES, type HubFilter, type HubRange } from '../../utils/library/hub/items';
import { SearchField } from './SearchField';

const RANGE_LABEL: Record<HubRange, MessageKey> = {
  all: 'hubRangeAll',
  today: 'hubRangeToday',
  week: 'hubRange7',
  month: 'hubRange30',
};

const COLOR_LABEL: Record<(typeof HIGHLIGHT_COLORS)[number], MessageKey> = {
  yellow: 'colorYellow',
  green: 'colorGreen',
  blue: 'colorBlue',
  pink: 'colorPink',
  purple: 'colorPurple',
};

interface Facet {
  value: string;
  count: number;
}

interface Props {
  filter: HubFilter;
  sources: Facet[];
  tags: Facet[];
  shown: number;
  total: number;
  theme: CardTheme;
  onFilter: (patch: Partial<HubFilter>) => void;
  onClear: () => void;
  onTheme: (theme: CardTheme) => void;
}

function Choice(p: {
  label: string;
  testId: string;
  value: string;
  all: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <label class="hub-choice">
      <span>{p.label}</span>
      <select
        class="input"
        data-testid={p.testId}
        value={p.value}
        onChange={(e) => p.onChange(e.currentTarget.value)}
      >
        <option value="">{p.all}</option>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The date presets, one pressed. */
function RangeButtons({ range, onRange }: { range: HubRange; onRange: (r: HubRange) => void }) {
  return (
    <div class="hub-ranges" role="group" aria-label={t('hubRangeLabel')}>
      {HUB_RANGES.map((r) => (
        <button
          key={r}
          type="button"
          class="lib-view"
          data-testid={`hub-range-${r}`}
          aria-pressed={range === r}
          onClick={() => onRange(r)}
        >
          {t(RANGE_LABEL[r])}
        </button>
      ))}
    </div>
  );
}

/** The quote card's theme. */
function ThemeChoice({ theme, onTheme }: { theme: CardTheme; onTheme: (t: CardTheme) => void }) {
  return (
    <label class="hub-choice">
      <span>{t('hubCardTheme')}</span>
      <select
        class="input"
        data-testid="hub-card-theme"
        value={theme}
        onChange={(e) => onTheme(e.currentTarget.value as CardTheme)}
      >
        <option value="light">{t('hubCardLight')}</option>
        <option value="dark">{t('hubCardDark')}</option>
      </select>
    </label>
  );
}

/** How many highlights are shown of all. */
function HubCount({ shown, total }: { shown: number; total: number }) {
  return (
    <output
      class="lib-count"
      data-testid="hub-count"
      data-shown={shown}
      data-total={total}
      aria-live="polite"
    >
      {t('hubCount', [shown.toLocaleString(), total.toLocaleString()])}
    </output>
  );
}

const facet = (f: Facet) => ({ value: f.value, label: `${f.value} (${f.count})` });

/** The color, tag and source choices. */
function FacetChoices(p: Pick<Props, 'filter' | 'tags' | 'sources' | 'onFilter'>) {
  return (
    <>
      <Choice
        label={t('hubColorLabel')}
        testId="hub-color"
        value={p.filter.color}
        all={t('hubAny')}
        options={HIGHLIGHT_COLORS.map((c) => ({ value: c, label: t(COLOR_LABEL[c]) }))}
        onChange={(color) => p.onFilter({ color: color as HubFilter['color'] })}
      />
      <Choice
        label={t('hubTagLabel')}
        testId="hub-tag"
        value={p.filter.tag}
        all={t('hubAny')}
        options={p.tags.map(facet)}
        onChange={(tag) => p.onFilter({ tag })}
      />
      <Choice
        label={t('hubSourceLabel')}
        testId="hub-source"
        value={p.filter.source}
        all={t('hubAny')}
        options={p.sources.map(facet)}
        onChange={(source) => p.onFilter({ source })}
      />
    </>
  );
}

/** The hub's search and filters: color, tag, source, date presets, and the quote card's theme. */
export function HubFilters(p: Props) {
  return (
    <div class="hub-filters" role="search">
      <SearchField
        value={p.filter.query}
        label={t('hubSearchLabel')}
        placeholder={t('hubSearchPlaceholder')}
        testId="hub-search"
        onChange={(query) => p.onFilter({ query })}
      />
      <div class="hub-filter-row">
        <RangeButtons range={p.filter.range} onRange={(range) => p.onFilter({ range })} />
        <FacetChoices filter={p.filter} tags={p.tags} sources={p.sources} onFilter={p.onFilter} />
        <ThemeChoice theme={p.theme} onTheme={p.onTheme} />
        <button
          type="button"
          class="button button-small"
          data-testid="hub-clear"
          onClick={p.onClear}
        >
          {t('hubClear')}
        </button>
        <HubCount shown={p.shown} total={p.total} />
      </div>
    </div>
  );
}
