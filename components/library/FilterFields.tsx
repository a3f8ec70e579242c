import { t } from '../../utils/i18n';
import type { Count } from '../../utils/library/facets';
import type { LibraryFilter } from '../../utils/library/query';
import { activePreset, DATE_PRESETS, presetRange } from '../../utils/view/date-presets';

interface FilterProps {
  filter: LibraryFilter;
  onFilter: (patch: Partial<LibraryFilter>) => void;
}

const PRESET_LABELS = {
  week: 'libraryPresetWeek',
  month: 'libraryPresetMonth',
  year: 'libraryPresetYear',
} as const;

/** One click for the ranges a reader picks most; a second click clears it. */
export function DatePresets({ filter, onFilter }: FilterProps) {
  const now = new Date();
  const active = activePreset(filter, now);
  return (
    <div class="lib-presets" role="group" aria-label={t('libraryPresetsLabel')}>
      {DATE_PRESETS.map((p) => (
        <button
          key={p}
          type="button"
          class={`chip chip-button${active === p ? ' is-on' : ''}`}
          data-testid={`library-preset-${p}`}
          aria-pressed={active === p}
          onClick={() => onFilter(active === p ? { from: null, to: null } : presetRange(p, now))}
        >
          {t(PRESET_LABELS[p])}
        </button>
      ))}
    </div>
  );
}

/** One of a facet's values (with how many articles have it), or any. */
export function Choice(props: {
  label: string;
  testId: string;
  value: string | null;
  all: string;
  options: Count[];
  onChange: (value: string | null) => void;
}) {
  const { value, options } = props;
  return (
    <label class="lib-field">
      <span>{props.label}</span>
      <select
        class="input"
        data-testid={props.testId}
        value={value ?? ''}
        onChange={(e) => props.onChange(e.currentTarget.value || null)}
      >
        <option value="">{props.all}</option>
        {value && !options.some((o) => o.value === value) && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{`${o.value} (${o.count})`}</option>
        ))}
      </select>
    </label>
  );
}

/** A yes-or-no filter. */
export function Check(props: {
  label: string;
  testId: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label class="lib-check">
      <input
        type="checkbox"
        data-testid={props.testId}
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}

/** Quick-read articles or any other page. */
export function FormatChoice({ filter, onFilter }: FilterProps) {
  return (
    <label class="lib-field">
      <span>{t('libraryFormat')}</span>
      <select
        class="input"
        data-testid="library-format"
        value={filter.format ?? ''}
        onChange={(e) =>
          onFilter({ format: (e.currentTarget.value || null) as LibraryFilter['format'] })
        }
      >
        <option value="">{t('libraryAny')}</option>
        <option value="quickread">{t('libraryFormatQuickread')}</option>
        <option value="generic">{t('libraryFormatGeneric')}</option>
      </select>
    </label>
  );
}

/** Saved from one day to another (either may be open). */
export function DateRange({ filter, onFilter }: FilterProps) {
  return (
    <div class="lib-dates">
      <label class="lib-field">
        <span>{t('libraryFrom')}</span>
        <input
          type="date"
          class="input"
          data-testid="library-from"
          value={filter.from ?? ''}
          onChange={(e) => onFilter({ from: e.currentTarget.value || null })}
        />
      </label>
      <label class="lib-field">
        <span>{t('libraryTo')}</span>
        <input
          type="date"
          class="input"
          data-testid="library-to"
          value={filter.to ?? ''}
          onChange={(e) => onFilter({ to: e.currentTarget.value || null })}
        />
      </label>
    </div>
  );
}

/** With notes, with highlights, kept for later. */
export function FilterChecks({ filter, onFilter }: FilterProps) {
  return (
    <>
      <Check
        label={t('libraryHasNotes')}
        testId="library-has-notes"
        checked={filter.hasNotes}
        onChange={(hasNotes) => onFilter({ hasNotes })}
      />
      <Check
        label={t('libraryHasHighlights')}
        testId="library-has-highlights"
        checked={filter.hasHighlights}
        onChange={(hasHighlights) => onFilter({ hasHighlights })}
      />
      <Check
        label={t('libraryReadLater')}
        testId="library-read-later"
        checked={filter.readLater}
        onChange={(readLater) => onFilter({ readLater })}
      />
    </>
  );
}
