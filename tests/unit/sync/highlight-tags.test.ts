import { describe, expect, it } from 'vitest';
import { resolve, type KnownSibling } from '../../../utils/sync/merge';
import { canonicalRecord, toLocalRecord } from '../../../utils/sync/records';
import type { StoredHighlight } from '../../../utils/schemas';

const highlight = (over: Partial<StoredHighlight> = {}): StoredHighlight => ({
  id: 'h1',
  text: '高亮',
  note: '',
  color: 'yellow',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  selector: { exact: '高亮', prefix: '', suffix: '', start: 0, end: 2 },
  articleUrl: 'https://news.example.com/a',
  ...over,
});

const sib = (dev: string, vv: Record<string, number>, h: StoredHighlight): KnownSibling => ({
  dev,
  vv,
  nvv: vv,
  at: h.updatedAt,
  value: canonicalRecord('highlight', h),
});

describe('highlight tags through sync', () => {
  it('travel with the record, and a record without them stays valid', () => {
    const tagged = highlight({ tags: ['芯片', 'to read'] });
    const record = canonicalRecord('highlight', tagged);
    expect(record.tags).toEqual(['芯片', 'to read']);
    expect(toLocalRecord('highlight:h1', record)).toEqual(tagged);
    const old = canonicalRecord('highlight', highlight());
    expect(old).not.toHaveProperty('tags');
    expect(toLocalRecord('highlight:h1', old)).toEqual(highlight());
  });

  it('refuses tags that are not clean, as an import does', () => {
    const bad = { ...canonicalRecord('highlight', highlight()), tags: ['a', 'A'] };
    expect(toLocalRecord('highlight:h1', bad)).toBeNull();
  });

  it('merge as color does: the later of two concurrent edits wins, on every device alike', () => {
    const early = sib(
      'a',
      { a: 1 },
      highlight({ tags: ['芯片'], updatedAt: '2026-01-02T00:00:00.000Z' }),
    );
    const late = sib(
      'b',
      { b: 1 },
      highlight({ tags: ['政策'], color: 'blue', updatedAt: '2026-01-03T00:00:00.000Z' }),
    );
    expect(resolve([early, late])).toMatchObject({ tags: ['政策'], color: 'blue' });
    expect(resolve([late, early])).toEqual(resolve([early, late]));
    // The tags removed by the later edit stay removed.
    const cleared = sib('b', { b: 1 }, highlight({ updatedAt: '2026-01-03T00:00:00.000Z' }));
    expect(resolve([early, cleared])).not.toHaveProperty('tags');
  });
});
