import { useMemo, useState } from 'preact/hooks';
import type { Count } from './facets';
import { cycleOffer, keywordOffers, pickerKey, withKeyword } from './keyword-choices';

/** The keyword picker's typing, its list of offers (open or not) and the active offer. */
export function useKeywordPicker(
  chosen: readonly string[],
  options: readonly Count[],
  onChange: (keywords: string[]) => void,
) {
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const offers = useMemo(() => keywordOffers(options, typed, chosen), [options, typed, chosen]);

  const pick = (keyword: string) => {
    onChange(withKeyword(chosen, keyword));
    setTyped('');
    setActive(0);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const offer = offers[active];
    const state = { open, typed, chosen: chosen.length, activeOffered: !!offer };
    const action = pickerKey(e.key, state);
    if (action === null) return;
    if (action === 'pick') {
      e.preventDefault();
      pick(offer!.value);
    } else if (action === 'close') {
      e.stopPropagation();
      setOpen(false);
    } else if (action === 'unchoose') {
      onChange(chosen.slice(0, -1));
    } else {
      e.preventDefault();
      setOpen(true);
      setActive((i) => cycleOffer(i, action.move, offers.length));
    }
  };
  return {
    typed,
    open,
    active,
    offers,
    pick,
    onKeyDown,
    onType(value: string) {
      setTyped(value);
      setActive(0);
      setOpen(true);
    },
    setOpen,
  };
}
