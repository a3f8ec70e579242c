import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countText, emptyText } from '../../../utils/library/list-text';

/** Each message as its key and substitutions, so the test sees which message and with what. */
beforeEach(() => {
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    [key, ...(subs === undefined ? [] : [subs].flat())].join('|')) as never;
});

describe('the library list’s words', () => {
  it('counts what is shown of the whole library, with the reader’s digit grouping', () => {
    expect(countText(false, 1200, 10_000)).toBe(
      `libraryCount|${(1200).toLocaleString()}|${(10_000).toLocaleString()}`,
    );
    expect(countText(false, 0, 0)).toBe('libraryCount|0|0');
  });

  it('says loading, not a count, until the first cards are read', () => {
    expect(countText(true, 0, 0)).toBe('libraryLoading');
    expect(emptyText(true, 0)).toBe('libraryLoading');
  });

  it('tells an empty library from filters that match nothing', () => {
    expect(emptyText(false, 0)).toBe('libraryEmpty');
    expect(emptyText(false, 5)).toBe('libraryNoMatches');
  });
});
