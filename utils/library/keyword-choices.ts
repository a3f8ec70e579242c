import { foldText } from '../search';
import type { Count } from './facets';

/** How many keywords the picker offers at once. */
export const KEYWORD_OFFERS = 8;

/**
 * The keywords the picker offers for what the reader typed: those containing it once folded
 * (simplified and traditional alike, case and width ignored), the ones that start with it first,
 * then the most used; never one already chosen. With nothing typed, the most used.
 */
export function keywordOffers(
  options: readonly Count[],
  typed: string,
  chosen: readonly string[],
  limit = KEYWORD_OFFERS,
): Count[] {
  const taken = new Set(chosen);
  const needle = foldText(typed.trim());
  const starts: Count[] = [];
  const contains: Count[] = [];
  for (const option of options) {
    if (taken.has(option.value)) continue;
    if (!needle) {
      starts.push(option);
    } else {
      const at = foldText(option.value).indexOf(needle);
      if (at === 0) starts.push(option);
      else if (at > 0) contains.push(option);
    }
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}

/** `chosen` with `keyword` added once (at the end). */
export function withKeyword(chosen: readonly string[], keyword: string): string[] {
  return chosen.includes(keyword) ? [...chosen] : [...chosen, keyword];
}

/** `chosen` without `keyword`. */
export function withoutKeyword(chosen: readonly string[], keyword: string): string[] {
  return chosen.filter((k) => k !== keyword);
}

/** What a key does in the keyword field: move through the offers, pick, close, or unchoose. */
export type PickerKey = { move: 1 | -1 } | 'pick' | 'close' | 'unchoose' | null;

/**
 * The picker's answer to `key`: arrows move (and open the list), Enter picks the active offer
 * when the list is open, Escape closes an open list, Backspace in an empty field removes the
 * last chosen keyword; anything else is typing.
 */
export function pickerKey(
  key: string,
  state: { open: boolean; typed: string; chosen: number; activeOffered: boolean },
): PickerKey {
  if (key === 'ArrowDown') return { move: 1 };
  if (key === 'ArrowUp') return { move: -1 };
  if (key === 'Enter') return state.open && state.activeOffered ? 'pick' : null;
  if (key === 'Escape') return state.open ? 'close' : null;
  if (key === 'Backspace' && state.typed === '' && state.chosen > 0) return 'unchoose';
  return null;
}

/** The offer `step` from `active` among `count`, round from the last to the first and back. */
export function cycleOffer(active: number, step: number, count: number): number {
  return count ? (active + step + count) % count : 0;
}
