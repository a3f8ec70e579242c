import { describe, expect, it } from 'vitest';
import { reviewKey } from '../../../utils/library/review/keys';

const press = (
  key: string,
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
) => reviewKey({ key, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('the review card’s keys', () => {
  it('answers K, D and O in either case', () => {
    expect(press('k')).toBe('keep');
    expect(press('K')).toBe('keep');
    expect(press('d')).toBe('done');
    expect(press('o')).toBe('open');
    expect(press('O')).toBe('open');
  });

  it('leaves other keys, and the keys with a modifier (the browser’s shortcuts), alone', () => {
    expect(press('x')).toBeNull();
    expect(press('Enter')).toBeNull();
    expect(press('d', { ctrlKey: true })).toBeNull();
    expect(press('k', { metaKey: true })).toBeNull();
    expect(press('o', { altKey: true })).toBeNull();
  });
});
