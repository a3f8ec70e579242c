import { describe, expect, it } from 'vitest';
import { NOTE_CONFLICT_SEPARATOR } from '../../../utils/sync/merge';
import { Device } from './helpers';
import { MemoryDav } from './memory-dav';

function pair() {
  const dav = new MemoryDav();
  const clock = { t: 0 };
  dav.clock = () => clock.t;
  return { dav, a: new Device('a', dav, clock), b: new Device('b', dav, clock) };
}

describe('sync between two devices', () => {
  it('brings a saved article and its highlight to the other device', async () => {
    const { a, b } = pair();
    a.put('article:https://x.test/1', { title: 'One' });
    a.put('highlight:h1', { text: 'quote', note: 'mine' });
    await a.sync();
    await b.sync();
    expect(b.local.records).toEqual(a.local.records);
  });

  it('keeps both texts of a note edited on both devices before syncing', async () => {
    const { a, b } = pair();
    a.put('article:u', { title: 'T', note: 'start' });
    await a.sync();
    await b.sync();
    a.put('article:u', { note: 'edited at work' });
    b.put('article:u', { note: 'edited at home' });
    await a.sync();
    await b.sync();
    await a.sync();
    const note = `edited at home${NOTE_CONFLICT_SEPARATOR}edited at work`;
    expect(a.note('article:u')).toBe(note);
    expect(b.note('article:u')).toBe(note);
    // Settled: another round changes nothing and publishes nothing.
    const again = await a.sync();
    expect(again.uploaded).toBe(0);
  });

  it('deletes on the other device, and does not bring the record back', async () => {
    const { a, b } = pair();
    a.put('article:u', { title: 'T' });
    await a.sync();
    await b.sync();
    a.remove('article:u');
    await a.sync();
    await b.sync();
    await a.sync();
    expect(b.local.records.has('article:u')).toBe(false);
    expect(a.local.records.has('article:u')).toBe(false);
  });

  it('moves only the changed record after a change', async () => {
    const { a, b } = pair();
    for (let i = 0; i < 200; i++) a.put(`article:${i}`, { title: `t${i}`, body: 'x'.repeat(500) });
    const first = await a.sync();
    expect(first.uploaded).toBe(200);
    await b.sync();
    b.put('article:5', { note: 'one change' });
    const change = await b.sync();
    expect(change.uploaded).toBe(1);
    expect(change.bytesUp).toBeLessThan(4000);
    const pull = await a.sync();
    expect(pull.downloaded).toBe(1);
    expect(pull.bytesDown).toBeLessThan(4000);
    expect(a.note('article:5')).toBe('one change');
  });

  it('keeps an edit the reader makes while a sync applies, and merges it next time', async () => {
    const { a, b } = pair();
    a.put('article:u', { note: 'base' });
    await a.sync();
    await b.sync();
    a.put('article:u', { note: 'remote edit' });
    await a.sync();
    b.local.beforeApply = () => {
      b.put('article:u', { note: 'typed during sync' });
      b.local.beforeApply = null;
    };
    await b.sync();
    expect(b.note('article:u')).toBe('typed during sync');
    await b.sync();
    await a.sync();
    const both = `remote edit${NOTE_CONFLICT_SEPARATOR}typed during sync`;
    expect(b.note('article:u')).toBe(both);
    expect(a.note('article:u')).toBe(both);
  });
});

describe('a long history', () => {
  it('merges small segments and snapshots: a new computer reads the base and one merged file, not the history', async () => {
    const { dav, a } = pair();
    for (let i = 0; i < 50; i++) a.put(`article:${i}`, { title: `t${i}`, body: 'x'.repeat(400) });
    await a.sync();
    const quiet = new Device('q', dav, { t: 0 });
    const getsBefore = dav.requests.GET ?? 0;
    await quiet.sync();
    const noHistory = (dav.requests.GET ?? 0) - getsBefore;
    for (let i = 0; i < 200; i++) {
      a.put(`article:${i % 50}`, { note: `change ${i}` });
      await a.sync({ tailBytes: 8000 });
    }
    const names = [...dav.files.keys()].map((k) => k.split('/').pop()!);
    expect(names.some((n) => n.startsWith('m'))).toBe(true); // merged files were written
    expect(names.some((n) => n.startsWith('s'))).toBe(true); // and snapshots
    const late = new Device('late', dav, { t: 0 });
    const gets = dav.requests.GET ?? 0;
    await late.sync();
    expect(late.local.records).toEqual(a.local.records);
    expect((dav.requests.GET ?? 0) - gets).toBeLessThanOrEqual(noHistory + 1);
    // The one that followed all along converges too.
    await quiet.sync();
    expect(quiet.local.records).toEqual(a.local.records);
  });
});
