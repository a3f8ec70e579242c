// Requests, bytes and times of sync against real servers (nginx, Apache, rclone), counted at the
// client: the engine the extension runs, over an in-memory library of realistic articles, each
// request of the HTTP client counted by method. Beside them, a floor: the same bytes moved as
// plain PUTs and GETs of the same file sizes to the same server, in the same run.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { webcrypto } from 'node:crypto';
import { build } from 'vite';
import { ROOT } from './harness.mjs';
import { savedArticles } from './generate.mjs';
import { START } from '../webdav/servers.mjs';

/** The engine bundled for Node (ESM), imported from a temporary file. */
async function syncBundle() {
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  // Inside the checkout, so the bundle's imports of npm packages resolve to node_modules.
  const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/ana-sync-bench-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { alias: { '@': ROOT, '~': ROOT } },
    build: {
      outDir: dir,
      ssr: resolve(ROOT, 'tests/bench/sync-entry.ts'),
      rollupOptions: { output: { format: 'es', entryFileNames: 'sync.mjs' } },
      minify: false,
    },
  });
  const mod = await import(join(dir, 'sync.mjs'));
  return { mod, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `n` articles as sync records, each with a ~3,000-character body. */
function library(n) {
  const records = new Map();
  for (const a of savedArticles(n, 0).articles) {
    const { highlights: _h, ...article } = a;
    let body = String(a.bodyText);
    while (body.length < 3000) body += `\n\n${a.summary}`;
    records.set(`article:${a.url}`, { ...article, bodyText: body.slice(0, 3000) });
  }
  return records;
}

/** A fetch that counts requests by method and the bytes of bodies both ways. */
function countingFetch() {
  const c = { requests: 0, methods: {}, up: 0, down: 0 };
  const fetchCounted = async (input, init = {}) => {
    c.requests++;
    c.methods[init.method ?? 'GET'] = (c.methods[init.method ?? 'GET'] ?? 0) + 1;
    c.up += init.body
      ? typeof init.body === 'string'
        ? init.body.length
        : init.body.byteLength
      : 0;
    const res = await fetch(input, init);
    const bytes = new Uint8Array(await res.arrayBuffer());
    c.down += bytes.length;
    return new Response(res.status === 204 || res.status === 304 ? null : bytes, {
      status: res.status,
      headers: res.headers,
    });
  };
  const reset = () => Object.assign(c, { requests: 0, methods: {}, up: 0, down: 0 });
  return { c, fetch: fetchCounted, reset };
}

function computer(mod, server, url, counter, name, passphrase) {
  const local = new mod.MemoryLocal();
  const state = new mod.MemoryState();
  let ids = 0;
  const budget = { take: () => undefined };
  const sync = async () => {
    counter.reset();
    const t0 = performance.now();
    await mod.syncOnce({
      remote: mod.webdavRemote(
        { url, user: server.user, password: server.password },
        { fetch: counter.fetch, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), budget },
      ),
      local,
      state,
      crypto: webcrypto,
      now: () => new Date().toISOString(),
      remoteLabel: url,
      passphrase,
      newDeviceId: () => `${name}-${ids++}-${Math.random().toString(36).slice(2, 8)}`,
    });
    return {
      ms: Math.round(performance.now() - t0),
      requests: counter.c.requests,
      ...counter.c.methods,
      up: counter.c.up,
      down: counter.c.down,
    };
  };
  return { local, state, sync };
}

async function mkcol(server, url) {
  const auth = `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}`;
  const r = await fetch(url, { method: 'MKCOL', headers: { authorization: auth } });
  if (r.status !== 201) throw new Error(`MKCOL ${url}: ${r.status}`);
  return auth;
}

/** Plain PUTs then GETs of files of these sizes: the floor for moving the same bytes. */
async function floor(server, sizes) {
  const url = `${server.url}floor-${Date.now()}/`;
  const auth = await mkcol(server, url);
  const t0 = performance.now();
  for (const [i, size] of sizes.entries()) {
    const body = new Uint8Array(size).fill(120);
    const r = await fetch(`${url}${i}`, { method: 'PUT', body, headers: { authorization: auth } });
    await r.arrayBuffer();
  }
  const put = Math.round(performance.now() - t0);
  const t1 = performance.now();
  for (const i of sizes.keys())
    await (await fetch(`${url}${i}`, { headers: { authorization: auth } })).arrayBuffer();
  return {
    putMs: put,
    getMs: Math.round(performance.now() - t1),
    files: sizes.length,
    bytes: sizes.reduce((a, b) => a + b, 0),
  };
}

async function ownFileSizes(server, url) {
  const auth = `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}`;
  const r = await fetch(`${url}ai-news-annotator/`, {
    method: 'PROPFIND',
    headers: { authorization: auth, depth: '1' },
  });
  const xml = await r.text();
  return [...xml.matchAll(/getcontentlength>(\d+)</g)]
    .map((m) => Number(m[1]))
    .filter((n) => n > 1000);
}

/** The figures for one server. */
async function measureOn(mod, serverName, { articles, history, passphrase, log }) {
  const server = await START[serverName]();
  const counter = countingFetch();
  try {
    const url = `${server.url}lib-${Date.now()}/`;
    await mkcol(server, url);
    const a = computer(mod, server, url, counter, 'a', passphrase);
    const b = computer(mod, server, url, counter, 'b', passphrase);
    for (const [k, v] of library(articles)) a.local.records.set(k, v);
    log(`sync ${serverName}: first sync of ${articles} articles`);
    const first = await a.sync();
    const firstPull = await b.sync();
    const sizes = await ownFileSizes(server, url);
    const raw = await floor(server, sizes);
    const nothingNew = await a.sync();
    const key = [...a.local.records.keys()][13];
    a.local.records.set(key, {
      ...a.local.records.get(key),
      note: '一条笔记 note',
      updatedAt: new Date().toISOString(),
    });
    const oneChange = await a.sync();
    const oneChangePull = await b.sync();
    const out = { first, firstPull, floor: raw, nothingNew, oneChange, oneChangePull };
    if (history) {
      log(`sync ${serverName}: ${history.changes} changes, each synced, then a new computer`);
      const hUrl = `${server.url}hist-${Date.now()}/`;
      await mkcol(server, hUrl);
      const h = computer(mod, server, hUrl, counter, 'h', passphrase);
      const lib = library(history.articles);
      for (const [k, v] of lib) h.local.records.set(k, v);
      await h.sync();
      const fresh = computer(mod, server, hUrl, counter, 'f', passphrase);
      const noHistory = await fresh.sync();
      const keys = [...lib.keys()];
      let changeRequests = 0;
      let changeMax = 0;
      for (let i = 0; i < history.changes; i++) {
        const k = keys[(i * 7919) % keys.length];
        h.local.records.set(k, {
          ...h.local.records.get(k),
          note: `note ${i}`,
          updatedAt: new Date(Date.now() + i).toISOString(),
        });
        const r = (await h.sync()).requests;
        changeRequests += r;
        changeMax = Math.max(changeMax, r);
      }
      const late = computer(mod, server, hUrl, counter, 'l', passphrase);
      const afterHistory = await late.sync();
      const same =
        JSON.stringify([...late.local.records].sort()) ===
        JSON.stringify([...h.local.records].sort());
      if (!same) throw new Error('the new computer does not have the library');
      out.history = {
        articles: history.articles,
        changes: history.changes,
        noHistory,
        afterHistory,
        changeRequestsPerSync: changeRequests / history.changes,
        changeRequestsMax: changeMax,
      };
    }
    return out;
  } finally {
    await server.stop();
  }
}

export async function measureSyncRequests(log, options = {}) {
  const { mod, cleanup } = await syncBundle();
  try {
    const results = {};
    for (const name of options.servers ?? ['nginx', 'apache', 'rclone']) {
      results[name] = await measureOn(mod, name, {
        articles: options.articles ?? 10_000,
        history:
          name === 'nginx'
            ? { articles: options.historyArticles ?? 1000, changes: options.changes ?? 1000 }
            : null,
        passphrase: options.passphrase ?? '',
        log,
      });
    }
    return results;
  } finally {
    cleanup();
  }
}

// `node tests/bench/sync-requests.mjs [articles] [changes]`: these figures alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  const log = (m) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${m}`);
  const articles = Number(process.argv[2] ?? 10_000);
  const changes = Number(process.argv[3] ?? 1000);
  const servers = process.argv[4]?.split(',');
  const result = await measureSyncRequests(log, { articles, changes, servers });
  console.log(JSON.stringify(result, null, 2));
}
