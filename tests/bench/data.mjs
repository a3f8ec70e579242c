// Export and import of 10,000 articles with 100,000 highlights, in an extension page.
import { savedArticles } from './generate.mjs';
import { pageWithBundle, stats } from './harness.mjs';

const ARTICLES = 10_000;
const PER_ARTICLE = 10;
const WANT_RUNS = 5;
const MIN_RUNS = 3;

/** Import: `parseImport(text)` + `importFile` into a wiped database (the wipe is not timed). */
function importOnce() {
  const b = globalThis.__bench;
  return (async () => {
    const db = await b.openDb();
    await b.wipe(db);
    const t0 = performance.now();
    const parsed = b.parseImport(globalThis.__importText);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const parseMs = performance.now() - t0;
    const result = await b.importFile(db, parsed.file);
    const ms = performance.now() - t0;
    db.close();
    return { ms, parseMs, articles: result.articles.added, highlights: result.highlights.added };
  })();
}

/** Export: `exportAll` + `buildExportFile` + `serializeExport`. */
function exportOnce() {
  const b = globalThis.__bench;
  return (async () => {
    const db = await b.openDb();
    const t0 = performance.now();
    const data = await b.exportAll(db);
    const readMs = performance.now() - t0;
    const text = b.serializeExport(b.buildExportFile(data, { now: new Date() }));
    const ms = performance.now() - t0;
    db.close();
    return { ms, readMs, bytes: new Blob([text]).size, articles: data.articles.length };
  })();
}

/** Runs until WANT_RUNS, or MIN_RUNS when the next run would overrun the budget. */
async function runs(page, fn, budgetMs) {
  const out = [];
  const started = Date.now();
  while (out.length < WANT_RUNS) {
    out.push(await page.evaluate(fn));
    const elapsed = Date.now() - started;
    const next = elapsed / out.length;
    if (out.length >= MIN_RUNS && elapsed + next > budgetMs) break;
  }
  return out;
}

export async function measureData(context, extensionId, code, { budgetMs = 80_000 } = {}) {
  const text = JSON.stringify(savedArticles(ARTICLES, PER_ARTICLE));
  const url = `chrome-extension://${extensionId}/export-schema.json`; // an extension page, no app
  const page = await pageWithBundle(context, url, code);
  try {
    await page.evaluate((t) => void (globalThis.__importText = t), text);
    const imports = await runs(page, importOnce, budgetMs);
    for (const r of imports) {
      if (r.articles !== ARTICLES || r.highlights !== ARTICLES * PER_ARTICLE) {
        throw new Error(`import added ${r.articles} articles, ${r.highlights} highlights`);
      }
    }
    const exports = await runs(page, exportOnce, budgetMs);
    if (exports.some((r) => r.articles !== ARTICLES)) throw new Error('export lost articles');
    const note = (n) => (n < WANT_RUNS ? `${n} runs (not ${WANT_RUNS}: time budget)` : undefined);
    const common = { articles: ARTICLES, highlights: ARTICLES * PER_ARTICLE };
    return {
      import: {
        ...stats(imports.map((r) => r.ms)),
        parseImportMs: stats(imports.map((r) => r.parseMs)),
        ...common,
        fileBytes: Buffer.byteLength(text),
        note: note(imports.length),
      },
      export: {
        ...stats(exports.map((r) => r.ms)),
        exportAllMs: stats(exports.map((r) => r.readMs)),
        ...common,
        fileBytes: exports[0].bytes,
        note: note(exports.length),
      },
    };
  } finally {
    await page.close();
  }
}
