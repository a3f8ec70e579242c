import { afterEach, describe, expect, it } from 'vitest';
import {
  addHighlight,
  getHighlight,
  listHighlights,
  updateHighlight,
  type Db,
} from '../../../utils/db';
import { HighlightSchema } from '../../../utils/schemas';
import { article, at, freshDb, highlight } from './helpers';

let db: Db;
afterEach(() => db?.close());

describe("a highlight's own tags", () => {
  it('are cleaned as article tags are: trimmed, single-spaced, each once whatever its case', async () => {
    ({ db } = await freshDb());
    await addHighlight(db, article(1).url, highlight('h1'));
    const updated = await updateHighlight(
      db,
      'h1',
      { tags: ['  to   read ', 'AI', 'ai', '', 'Ａｉ', '芯片'] },
      at(5),
    );
    expect(updated.tags).toEqual(['to read', 'AI', '芯片']);
    expect(updated.updatedAt).toBe(at(5));
    expect((await listHighlights(db, article(1).url))[0]!.tags).toEqual(['to read', 'AI', '芯片']);
  });

  it('are kept when another field changes, and all removed by an empty list', async () => {
    ({ db } = await freshDb());
    await addHighlight(db, article(1).url, highlight('h1'));
    await updateHighlight(db, 'h1', { tags: ['芯片'] }, at(5));
    const noted = await updateHighlight(db, 'h1', { note: 'n', color: 'blue' }, at(6));
    expect(noted).toMatchObject({ note: 'n', color: 'blue', tags: ['芯片'] });
    const cleared = await updateHighlight(db, 'h1', { tags: [] }, at(7));
    // No `tags` field at all when there are none, as a highlight made before tags is stored.
    expect(cleared).not.toHaveProperty('tags');
    expect(await getHighlight(db, 'h1')).not.toHaveProperty('tags');
  });

  it('are optional: a highlight stored before tags existed is still valid', () => {
    const old = highlight('h1');
    expect('tags' in old).toBe(false);
    expect(HighlightSchema.safeParse(old).success).toBe(true);
    expect(HighlightSchema.safeParse({ ...old, tags: ['芯片'] }).success).toBe(true);
    for (const tags of [[], ['a', 'A'], [' padded '], ['']])
      expect(HighlightSchema.safeParse({ ...old, tags }).success).toBe(false);
  });
});
