import { useMemo, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Count } from '../../utils/library/facets';
import { keywordOffers, withKeyword, withoutKeyword } from '../../utils/library/keyword-choices';

interface Props {
  chosen: readonly string[];
  options: readonly Count[];
  onChange: (keywords: string[]) => void;
}

/**
 * Keywords to narrow the list by, several at once (an article must carry each): typed and picked
 * from the library's own keywords (简繁 alike), shown as chips that a click or Backspace removes.
 * Arrow keys move through what is offered, Enter picks, Escape closes the list.
 */
export function KeywordPicker({ chosen, options, onChange }: Props) {
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const offers = useMemo(() => keywordOffers(options, typed, chosen), [options, typed, chosen]);
  const listId = 'library-keyword-offers';

  const pick = (keyword: string) => {
    onChange(withKeyword(chosen, keyword));
    setTyped('');
    setActive(0);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (offers.length ? (i + step + offers.length) % offers.length : 0));
    } else if (e.key === 'Enter') {
      const offer = offers[active];
      if (open && offer) {
        e.preventDefault();
        pick(offer.value);
      }
    } else if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
    } else if (e.key === 'Backspace' && typed === '' && chosen.length > 0) {
      onChange(chosen.slice(0, -1));
    }
  };

  return (
    <div class="lib-field lib-keywords">
      <label for="library-keyword-input">{t('libraryKeyword')}</label>
      {chosen.length > 0 && (
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
      )}
      <input
        id="library-keyword-input"
        class="input"
        data-testid="library-keyword"
        role="combobox"
        aria-expanded={open && offers.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && offers[active] ? `${listId}-${active}` : undefined}
        placeholder={t('libraryKeywordPlaceholder')}
        autocomplete="off"
        value={typed}
        onInput={(e) => {
          setTyped(e.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && offers.length > 0 && (
        <ul class="lib-keyword-offers" id={listId} role="listbox">
          {offers.map((o, i) => (
            <li
              key={o.value}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'is-active' : undefined}
              data-testid="library-keyword-option"
              // Picked before the field's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(o.value);
              }}
            >
              <span>{o.value}</span>
              <span class="lib-keyword-count">{o.count}</span>
            </li>
          ))}
        </ul>
      )}
      {open && typed.trim() !== '' && offers.length === 0 && (
        <p class="lib-keyword-none" data-testid="library-keyword-none">
          {t('libraryKeywordNone')}
        </p>
      )}
    </div>
  );
}
