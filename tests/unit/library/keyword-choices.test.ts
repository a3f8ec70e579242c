import { describe, expect, it } from 'vitest';
import { keywordOffers, withKeyword, withoutKeyword } from '../../../utils/library/keyword-choices';

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
