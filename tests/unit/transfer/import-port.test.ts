import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createOwner,
  dropStagedFile,
  exportAll,
  readStagedFile,
  saveArticle,
  stageFile,
  STAGED_MAX_AGE_MS,
  type Change,
  type Db,
} from '../../../utils/db';
import { buildExportFile, serializeExport } from '../../../utils/export';
import { importInBackground, type ImportLine } from '../../../utils/transfer/import-client';
import { serveImportPort } from '../../../utils/transfer/import-host';
import { IMPORT_PORT, type ImportProgress } from '../../../utils/transfer/import-protocol';
import { article, at, freshDb } from '../db/helpers';
import { makeExportData } from '../export/generate';
import { portPair } from './port-pair';

const EXTENSION = { id: 'ext', origin: 'chrome-extension://ext/' };
const POPUP = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

let db: Db;
afterEach(() => {
  db?.close();
  vi.restoreAllMocks();
});

function exportBlob(articles: number, highlightsPerArticle: number): Blob {
  const data = makeExportData(11, { articles, highlightsPerArticle });
  return new Blob([serializeExport(buildExportFile(data, { now: at(0) }))]);
}

/** A background with the real owner and host, and a page's line to it over a port pair. */
async function background(sender: { id?: string; url?: string } = POPUP) {
  ({ db } = await freshDb());
  const changes: Change[] = [];
  const owner = createOwner({
    db: async () => db,
    now: () => at(1),
    announce: (c) => void changes.push(c),
  });
  const dropped: string[] = [];
  const deps = {
    save: owner.importFile,
    readStaged: (id: string) => readStagedFile(id),
    dropStaged: async (id: string) => {
      dropped.push(id);
      await dropStagedFile(id);
    },
  };
  const served: boolean[] = [];
  const line: ImportLine = {
    stage: (file) => stageFile(file),
    connect: (name) => {
      const { page, background: end } = portPair(name, sender);
      served.push(serveImportPort(end, EXTENSION, deps));
      return page;
    },
  };
  return { changes, dropped, served, line };
}

describe('an import through the background’s data owner', () => {
  it('stages the file, has the owner save it, hears each step and the change feed says so', async () => {
    const bg = await background();
    const progress: ImportProgress[] = [];
    const outcome = await importInBackground(exportBlob(300, 2), (p) => progress.push(p), bg.line);
    expect(outcome).toMatchObject({ kind: 'done', result: { articles: { added: 300 } } });
    expect(bg.served).toEqual([true]);
    const phases = progress.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['reading', 'checking', 'saving']);
    expect(progress.at(-1)).toMatchObject({ phase: 'saving' });
    expect((await exportAll(db)).articles).toHaveLength(300);
    // One writer: the owner announced the import, once, after it committed.
    expect(bg.changes).toEqual([{ articles: [], highlights: [], links: [], all: true }]);
    // The staged copy is gone once the import is over.
    expect(bg.dropped).toHaveLength(1);
    expect(await readStagedFile(bg.dropped[0]!)).toBeNull();
  });

  it('answers a bad file with its problems, writes nothing and announces nothing', async () => {
    const bg = await background();
    await saveArticle(db, article(1), at(0));
    const before = await exportAll(db);
    const text = JSON.stringify({
      format: 'ai-news-annotator',
      version: 1,
      exportedAt: at(0),
      articles: [{ url: 'javascript:alert(1)' }],
      links: [],
    });
    const outcome = await importInBackground(new Blob([text]), () => {}, bg.line);
    expect(outcome.kind).toBe('invalid');
    expect(outcome.kind === 'invalid' && outcome.problems[0]).toMatchObject({ field: 'url' });
    expect(await exportAll(db)).toEqual(before);
    expect(bg.changes).toEqual([]);
    expect(bg.dropped).toHaveLength(1);
  });

  it('reports a full disk while staging as the storage error, and imports nothing', async () => {
    const bg = await background();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const outcome = await importInBackground(exportBlob(3, 1), () => {}, bg.line);
    expect(outcome).toMatchObject({ kind: 'failed', code: 'quota' });
    expect(bg.served).toEqual([]);
    vi.restoreAllMocks();
    // Positive control: the same line imports once the disk has room.
    expect(await importInBackground(exportBlob(3, 1), () => {}, bg.line)).toMatchObject({
      kind: 'done',
    });
  });

  it('serves only the extension’s own pages', async () => {
    const page = await background({ id: 'ext', url: 'https://news.example/' });
    const outcome = await importInBackground(exportBlob(3, 1), () => {}, page.line);
    expect(outcome).toMatchObject({ kind: 'failed', code: 'worker' });
    expect((await exportAll(db)).articles).toEqual([]);
    const other = await background({ id: 'another-extension', url: POPUP.url });
    expect(await importInBackground(exportBlob(3, 1), () => {}, other.line)).toMatchObject({
      kind: 'failed',
    });
    expect((await exportAll(db)).articles).toEqual([]);
    // Positive control: the popup's own port is served.
    const own = await background();
    expect(await importInBackground(exportBlob(3, 1), () => {}, own.line)).toMatchObject({
      kind: 'done',
    });
  });

  it('leaves other ports alone', () => {
    const { background: end } = portPair('sidepanel', POPUP);
    const deps = { save: vi.fn(), readStaged: vi.fn(), dropStaged: vi.fn() };
    expect(serveImportPort(end, EXTENSION, deps)).toBe(false);
    expect(serveImportPort(portPair(IMPORT_PORT, POPUP).background, EXTENSION, deps)).toBe(true);
  });

  it('refuses a file over the size limit unread and unstaged', async () => {
    const stage = vi.fn(async () => 'id');
    const huge = { size: 200 * 2 ** 20 + 1 } as Blob;
    const outcome = await importInBackground(huge, () => {}, { stage, connect: vi.fn() });
    expect(outcome).toMatchObject({ kind: 'invalid', problems: [{ code: 'tooLarge' }] });
    expect(stage).not.toHaveBeenCalled();
  });

  it('says the import stopped when the background goes away or answers out of protocol', async () => {
    const line = (answer: (port: ReturnType<typeof portPair>['background']) => void) => ({
      stage: async () => 'staged-id',
      connect: (name: string) => {
        const pair = portPair(name, POPUP);
        pair.background.onMessage.addListener(() => answer(pair.background));
        return pair.page;
      },
    });
    const gone = await importInBackground(
      new Blob(['{}']),
      () => {},
      line((p) => p.disconnect()),
    );
    expect(gone).toMatchObject({ kind: 'failed', code: 'worker' });
    const odd = await importInBackground(
      new Blob(['{}']),
      () => {},
      line((p) => p.postMessage({ kind: 'done', result: 'everything' })),
    );
    expect(odd).toMatchObject({ kind: 'failed', code: 'worker' });
    // Positive control: a reply in protocol ends the import as it says.
    const counts = { added: 1, updated: 0, kept: 0 };
    const done = { kind: 'done', result: { articles: counts, highlights: counts, links: counts } };
    expect(
      await importInBackground(
        new Blob(['{}']),
        () => {},
        line((p) => p.postMessage(done)),
      ),
    ).toEqual(done);
  });
});

describe('the staging store', () => {
  it('keeps a file until it is dropped, and lets files left a day ago go', async () => {
    const factory = new IDBFactory();
    const old = await stageFile(new Blob(['old']), 0, factory);
    const now = STAGED_MAX_AGE_MS + 1;
    const fresh = await stageFile(new Blob(['新的']), now, factory);
    expect(await readStagedFile(old, factory)).toBeNull();
    expect(await (await readStagedFile(fresh, factory))!.text()).toBe('新的');
    await dropStagedFile(fresh, factory);
    expect(await readStagedFile(fresh, factory)).toBeNull();
  });
});
