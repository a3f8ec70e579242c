import { describe, expect, it, vi } from 'vitest';
import { errorText, ReaderError } from '../../../utils/i18n-errors';
import { MessageError } from '../../../utils/messages/client';
import { NotSavable } from '../../../utils/background/save-tab';
import type { Translate } from '../../../utils/i18n';

/** Words by key, so a test sees which message the reader would get. */
const tr = ((key: string) => `«${key}»`) as Translate;

describe('the words for what went wrong', () => {
  it.each([
    ['a page that cannot be saved', new NotSavable().code, '«errPageNotSavable»'],
    ['an empty selection', 'errSelectionEmpty', '«errSelectionEmpty»'],
    ['a full disk', 'quota', '«errDbQuota»'],
  ])('a reply coded as %s is said in the reader’s language', (_name, code, words) => {
    expect(errorText(new MessageError('English words from the background', code), tr)).toBe(words);
  });

  it('a reply with a code of no words of its own is one plain sentence, not its English', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(errorText(new MessageError('Refused: not an http(s) page', 'sender'), tr)).toBe(
      '«errUnexpected»',
    );
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('words already in the reader’s language are kept', () => {
    expect(errorText(new ReaderError('已经是中文'), tr)).toBe('已经是中文');
  });
});
