// The realistic library in a page: the generator (realistic.mjs) as a script, and seeding it
// through the project's import beside bare IndexedDB puts of the same records (the floor).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './harness.mjs';

/** The generator's source as a script that defines `globalThis.__realistic` in a page. */
export function generatorScript() {
  const src = readFileSync(resolve(ROOT, 'tests/bench/realistic.mjs'), 'utf8');
  return `(() => {${src.replace(/^export /gmu, '')}
globalThis.__realistic = { realisticLibrary, bodyLengths }; })();`;
}

/**
 * In an extension page: wipe, then import `n` generated articles as the reader does: each file
 * staged and imported by the background's data owner (read, checked, saved, announced) through
 * `importInBackground`; read back what was stored, wipe again and put the same records with bare
 * IndexedDB puts in one transaction (the floor); then import again so the library is left seeded.
 * Files over `chunk` articles are imported in files of `chunk`. `parseMs` is the check alone
 * (`parseImport` of the same files in the page, apart from the timed import).
 */
export function importVsFloor([n, chunk, timed]) {
  const b = globalThis.__bench;
  const gen = globalThis.__realistic;
  return (async () => {
    const file = gen.realisticLibrary(n);
    const lengths = gen.bodyLengths(file);
    const parts = [];
    for (let i = 0; i < n; i += chunk) {
      const articles = file.articles.slice(i, i + chunk);
      const urls = new Set(articles.map((a) => a.url));
      const links = file.links
        .map((l) => ({ ...l, fromArticles: l.fromArticles.filter((u) => urls.has(u)) }))
        .filter((l) => l.fromArticles.length > 0);
      parts.push(JSON.stringify({ ...file, articles, links }));
    }
    const db = await b.openDb();
    const line = {
      stage: (blob) => b.stageFile(blob),
      connect: (name) => globalThis.chrome.runtime.connect({ name }),
    };
    const importOnce = async () => {
      await b.wipe(db);
      const t0 = performance.now();
      for (const text of parts) {
        const outcome = await b.importInBackground(new Blob([text]), () => {}, line);
        if (outcome.kind !== 'done') throw new Error(JSON.stringify(outcome).slice(0, 500));
      }
      const ms = performance.now() - t0;
      const p0 = performance.now();
      for (const text of parts) if (!b.parseImport(text).ok) throw new Error('file refused');
      return { ms, parseMs: performance.now() - p0 };
    };
    // The background indexes the imported bodies once the import has settled: wait for it (and
    // time it) before anything else is measured, so it never runs beside a timed figure.
    const indexSettled = async () => {
      const t0 = performance.now();
      while ((await db.count('searchQueue')) >= b.SEGMENT_MIN) {
        await new Promise((r) => setTimeout(r, 250));
      }
      return performance.now() - t0;
    };
    const out = {
      lengths,
      fileChars: parts.reduce((s, p) => s + p.length, 0),
      runs: [],
      indexMs: [],
    };
    for (let run = 0; run < (timed ? 3 : 1); run++) {
      const imported = await importOnce();
      out.indexMs.push(await indexSettled());
      if (!timed) break;
      const stores = ['articles', 'bodies', 'highlights', 'links'];
      const raw = await new Promise((ok, fail) => {
        const req = indexedDB.open('ai-news-annotator');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const done = (tx) =>
        new Promise((ok, fail) => {
          tx.oncomplete = ok;
          tx.onerror = () => fail(tx.error);
          tx.onabort = () => fail(tx.error);
        });
      const records = {};
      const read = raw.transaction(stores, 'readonly');
      for (const s of stores) {
        const req = read.objectStore(s).getAll();
        req.onsuccess = () => (records[s] = req.result);
      }
      await done(read);
      // The import also queues each body for the index (since read back by the indexer).
      records.searchQueue = records.articles.map((a) => ({ url: a.url, token: Math.random() }));
      await b.wipe(db);
      // The floor: the same records, bare puts, one transaction, no promise per request.
      const t0 = performance.now();
      const write = raw.transaction([...stores, 'searchQueue'], 'readwrite');
      for (const s of [...stores, 'searchQueue']) {
        const store = write.objectStore(s);
        for (const rec of records[s]) store.put(rec);
      }
      await done(write);
      raw.close();
      const floorMs = performance.now() - t0;
      out.runs.push({ ...imported, floorMs, counts: stores.map((s) => records[s].length) });
    }
    if (timed) {
      await importOnce();
      out.indexMs.push(await indexSettled());
    }
    db.close();
    return out;
  })();
}
