import { describe, expect, it } from 'vitest';
import type { SyncContext } from '../../../utils/sync/context';
import { orphans } from '../../../utils/sync/mend';
import { fixMarkerFor, formatName } from '../../../utils/sync/names';
import type { Entry } from '../../../utils/sync/remote';
import { survey } from '../../../utils/sync/survey';

const TAG = 'remoteTag1';
const file = (device: string, seq: number, tag = TAG) =>
  formatName({
    kind: { type: 'segment' },
    tag,
    device,
    seq,
    size: 10,
    hash: '0123456789abcdef0123',
    ext: '.json',
  });
const entry = (name: string): Entry => ({ name, dir: false, size: 10, etag: null, modified: null });

function context(applied: string[] = []): SyncContext {
  const st = { deviceId: 'dev-me', previous: ['dev-old'], applied };
  return { st, manifest: { id: TAG } } as unknown as SyncContext;
}

describe('fix markers whose file is gone: the writer will not publish it again', () => {
  it('names the writers of marked files no longer listed, once per marker, never this computer', () => {
    const gone = file('dev-gone', 0);
    const listed = file('dev-alive', 3);
    const names = [
      fixMarkerFor(gone),
      fixMarkerFor(listed),
      listed, // still there: its writer deletes it and publishes it again
      fixMarkerFor(file('dev-me', 1)), // this device's own: it republishes them itself
      fixMarkerFor(file('dev-old', 2)), // its earlier id: the same
      fixMarkerFor(file('dev-other', 0, 'otherTag99')), // another remote's
    ];
    const files = survey(names.map(entry), TAG, 'dev-me');
    const found = orphans(context(), files);
    expect(found.markers).toEqual([fixMarkerFor(gone)]);
    expect([...found.writers]).toEqual(['dev-gone']);
    const again = orphans(context([fixMarkerFor(gone)]), files);
    expect(again.markers).toEqual([]);
    expect(again.writers.size).toBe(0);
  });
});
