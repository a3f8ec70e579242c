import { describe, expect, it } from 'vitest';
import { listFolder } from '../../../utils/sync/engine';
import { SyncError } from '../../../utils/sync/errors';
import type { Entry, Remote } from '../../../utils/sync/remote';

/** A remote whose folder another computer makes while this one asks for it. */
function racingRemote(othersMakeIt: boolean): Remote & { calls: string[] } {
  let exists = false;
  const calls: string[] = [];
  return {
    calls,
    async list() {
      calls.push('list');
      return exists ? ([] as Entry[]) : null;
    },
    async makeDir() {
      calls.push('mkcol');
      // Apache's answer to a MKCOL whose mkdir fails (EEXIST, or no permission): 403.
      if (othersMakeIt) exists = true;
      throw new SyncError('forbidden', 'MKCOL /: HTTP 403');
    },
    read: async () => null,
    write: async () => 'written' as const,
    remove: async () => {},
  } as Remote & { calls: string[] };
}

describe('the sync folder made by two computers at once', () => {
  it('a 403 to MKCOL of a folder another computer just made is not an error', async () => {
    const remote = racingRemote(true);
    await expect(listFolder(remote)).resolves.toEqual([]);
    expect(remote.calls).toEqual(['list', 'mkcol', 'list']);
  });

  it('a 403 when nobody made it is still told as forbidden', async () => {
    const remote = racingRemote(false);
    await expect(listFolder(remote)).rejects.toMatchObject({ code: 'forbidden' });
    expect(remote.calls).toEqual(['list', 'mkcol', 'list']);
  });
});
