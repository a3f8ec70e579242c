import { describe, expect, it } from 'vitest';
import {
  cycleOffer,
  keywordOffers,
  pickerKey,
  withKeyword,
  withoutKeyword,
} from '../../../utils/library/keyword-choices';

const options = [
  { value: '大模型', count: 40 },
  { value: '台積電', count: 12 },
  { value: 'OpenAI', count: 9 },
  { value: '开源大模型', count: 5 },
  { value: 'GPT-5', count: 3 },
];
const values = (list: { value: string }[]) => list.map((o) => o.value);

describe('the keyword picker', () => {
  it('offers the most used keywords when nothing is typed, never one already chosen', () => {
    expect(values(keywordOffers(options, '', []))).toEqual(values(options));
    expect(values(keywordOffers(options, '', ['大模型'], 2))).toEqual(['台積電', 'OpenAI']);
  });

  it('finds a keyword by any part, those starting with it first', () => {
    expect(values(keywordOffers(options, '大模型', []))).toEqual(['大模型', '开源大模型']);
    expect(values(keywordOffers(options, 'openai', []))).toEqual(['OpenAI']);
  });

  it('finds a traditional keyword typed in simplified characters, and the other way round', () => {
    expect(values(keywordOffers(options, '台积电', []))).toEqual(['台積電']);
    expect(values(keywordOffers(options, '開源', []))).toEqual(['开源大模型']);
  });

  it('offers nothing for a keyword no article has', () => {
    expect(keywordOffers(options, '量子', [])).toEqual([]);
  });

  it('adds a keyword once and takes it off again', () => {
    expect(withKeyword(['a'], 'b')).toEqual(['a', 'b']);
    expect(withKeyword(['a', 'b'], 'a')).toEqual(['a', 'b']);
    expect(withoutKeyword(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('the keyword picker’s keys', () => {
  const typing = { open: true, typed: 'ai', chosen: 2, activeOffered: true };

  it('moves down and up through the offers, round from the last to the first', () => {
    expect(pickerKey('ArrowDown', typing)).toEqual({ move: 1 });
    expect(pickerKey('ArrowUp', { ...typing, open: false })).toEqual({ move: -1 });
    expect(cycleOffer(0, 1, 3)).toBe(1);
    expect(cycleOffer(2, 1, 3)).toBe(0);
    expect(cycleOffer(0, -1, 3)).toBe(2);
    expect(cycleOffer(4, 1, 0)).toBe(0);
  });

  it('picks with Enter only from an open list with an active offer', () => {
    expect(pickerKey('Enter', typing)).toBe('pick');
    expect(pickerKey('Enter', { ...typing, open: false })).toBeNull();
    expect(pickerKey('Enter', { ...typing, activeOffered: false })).toBeNull();
  });

  it('closes an open list with Escape, and leaves Escape to the page when closed', () => {
    expect(pickerKey('Escape', typing)).toBe('close');
    expect(pickerKey('Escape', { ...typing, open: false })).toBeNull();
  });

  it('removes the last chosen keyword with Backspace in an empty field only', () => {
    expect(pickerKey('Backspace', { ...typing, typed: '' })).toBe('unchoose');
    expect(pickerKey('Backspace', typing)).toBeNull();
    expect(pickerKey('Backspace', { ...typing, typed: '', chosen: 0 })).toBeNull();
    expect(pickerKey('a', typing)).toBeNull();
  });
});
