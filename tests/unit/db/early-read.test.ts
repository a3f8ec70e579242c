import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { saveArticle } from '../../../utils/db';
import { openIfCurrent, readEarly } from '../../../utils/db/early-read';
import { DB_VERSION } from '../../../utils/db/migrations';
import { DB_NAME } from '../../../utils/db/schema';
import { readFirstCards } from '../../../utils/view/first-cards';
import { takeEarly, takeEarlyWithin, putEarly } from '../../../utils/view/early';
import { article, at, freshDb } from './helpers';

const names = async (factory: IDBFactory) => (await factory.databases()).map((d) => d.name);

describe('the popup boot script’s early read', () => {
  it('reads the newest cards of a library at the current version, and closes its connection', async () => {
    const { db, factory } = await freshDb();
    for (let i = 1; i <= 3; i++) await saveArticle(db, article(i), at(i));
    const cards = await readEarly(DB_NAME, DB_VERSION, (d) => readFirstCards(d, 'popup'), factory);
    expect(cards?.map((c) => c.url)).toEqual([article(3).url, article(2).url, article(1).url]);
    // Its connection is closed: an upgrade by the page's own open is not blocked by it.
    db.close();
    const upgraded = factory.open(DB_NAME, DB_VERSION + 1);
    const blocked = await new Promise<boolean>((resolve) => {
      upgraded.onblocked = () => resolve(true);
      upgraded.onsuccess = () => resolve(false);
      upgraded.onupgradeneeded = () => undefined;
    });
    expect(blocked).toBe(false);
    upgraded.result.close();
  });

  it('never creates the database (positive control: the page’s own open does)', async () => {
    const factory = new IDBFactory();
    expect(await openIfCurrent(DB_NAME, DB_VERSION, factory)).toBeNull();
    expect(await names(factory)).toEqual([]);
    const page = await freshDb(); // the page's own open creates it
    page.db.close();
    const opened = await openIfCurrent(DB_NAME, DB_VERSION, page.factory);
    expect(opened).not.toBeNull();
    opened!.close();
  });

  it('leaves a database of another version to the page, which upgrades it', async () => {
    const factory = new IDBFactory();
    const old = factory.open(DB_NAME, 1);
    await new Promise<void>((resolve) => {
      old.onupgradeneeded = () => old.result.createObjectStore('articles', { keyPath: 'url' });
      old.onsuccess = () => (old.result.close(), resolve());
    });
    expect(
      await readEarly(DB_NAME, DB_VERSION, (d) => readFirstCards(d, 'popup'), factory),
    ).toBeNull();
    const still = factory.open(DB_NAME);
    const version = await new Promise<number>((resolve) => {
      still.onsuccess = () => (resolve(still.result.version), still.result.close());
    });
    expect(version).toBe(1);
  });
});

describe('reads handed from the boot script to the page', () => {
  it('are taken once', async () => {
    const scope = {};
    putEarly(scope, 'x', Promise.resolve([1]));
    expect(await takeEarly(scope, 'x')).toEqual([1]);
    expect(takeEarly(scope, 'x')).toBeNull();
    expect(takeEarly({}, 'x')).toBeNull();
  });

  it('are waited for only so long; a failed one answers null', async () => {
    const timers: (() => void)[] = [];
    const later = (fn: () => void) => void timers.push(fn);
    const slow = {};
    putEarly(slow, 'x', new Promise(() => undefined));
    const waiting = takeEarlyWithin(slow, 'x', 150, later);
    timers.forEach((fn) => fn());
    expect(await waiting).toBeNull();
    // Positive control: a read that answers in time is used.
    const quick = {};
    putEarly(quick, 'x', Promise.resolve('cards'));
    expect(await takeEarlyWithin(quick, 'x', 150, () => undefined)).toBe('cards');
    const failed = {};
    putEarly(failed, 'x', Promise.reject(new Error('quota')));
    expect(await takeEarlyWithin(failed, 'x', 150, () => undefined)).toBeNull();
    expect(await takeEarlyWithin({}, 'x', 150, () => undefined)).toBeNull();
  });
});
