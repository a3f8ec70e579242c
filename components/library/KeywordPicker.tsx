import { t } from '../../utils/i18n';
import type { Count } from '../../utils/library/facets';
import { withoutKeyword } from '../../utils/library/keyword-choices';
import { useKeywordPicker } from '../../utils/library/use-keyword-picker';

interface Props {
  chosen: readonly string[];
  options: readonly Count[];
  onChange: (keywords: string[]) => void;
}

const LIST_ID = 'library-keyword-offers';

/** The chosen keywords as chips; a click on a chip's × removes it. */
function KeywordChips({ chosen, onChange }: Pick<Props, 'chosen' | 'onChange'>) {
  return (
    <ul class="lib-keyword-chips">
      {chosen.map((k) => (
        <li key={k} class="chip" data-testid="library-keyword-chip" data-keyword={k}>
          {k}
          <button
            type="button"
            class="chip-remove"
            aria-label={t('libraryRemoveKeyword', k)}
            onClick={() => onChange(withoutKeyword(chosen, k))}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The keywords offered for what was typed, with how many articles carry each. */
function KeywordOffers(p: { offers: Count[]; active: number; onPick: (keyword: string) => void }) {
  return (
    <ul class="lib-keyword-offers" id={LIST_ID} role="listbox">
      {p.offers.map((o, i) => (
        <li
          key={o.value}
          id={`${LIST_ID}-${i}`}
          role="option"
          aria-selected={i === p.active}
          class={i === p.active ? 'is-active' : undefined}
          data-testid="library-keyword-option"
          // Picked before the field's blur closes the list.
          onMouseDown={(e) => {
            e.preventDefault();
            p.onPick(o.value);
          }}
        >
          <span>{o.value}</span>
          <span class="lib-keyword-count">{o.count}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Keywords to narrow the list by, several at once (an article must carry each): typed and picked
 * from the library's own keywords (简繁 alike), shown as chips that a click or Backspace removes.
 * Arrow keys move through what is offered, Enter picks, Escape closes the list.
 */
export function KeywordPicker({ chosen, options, onChange }: Props) {
  const picker = useKeywordPicker(chosen, options, onChange);
  const { open, offers, active, typed } = picker;
  return (
    <div class="lib-field lib-keywords">
      <label for="library-keyword-input">{t('libraryKeyword')}</label>
      {chosen.length > 0 && <KeywordChips chosen={chosen} onChange={onChange} />}
      <input
        id="library-keyword-input"
        class="input"
        data-testid="library-keyword"
        role="combobox"
        aria-expanded={open && offers.length > 0}
        aria-controls={LIST_ID}
        aria-autocomplete="list"
        aria-activedescendant={open && offers[active] ? `${LIST_ID}-${active}` : undefined}
        placeholder={t('libraryKeywordPlaceholder')}
        autocomplete="off"
        value={typed}
        onInput={(e) => picker.onType(e.currentTarget.value)}
        onFocus={() => picker.setOpen(true)}
        onBlur={() => picker.setOpen(false)}
        onKeyDown={picker.onKeyDown}
      />
      {open && offers.length > 0 && (
        <KeywordOffers offers={offers} active={active} onPick={picker.pick} />
      )}
      {open && typed.trim() !== '' && offers.length === 0 && (
        <p class="lib-keyword-none" data-testid="library-keyword-none">
          {t('libraryKeywordNone')}
        </p>
      )}
    </div>
  );
}
