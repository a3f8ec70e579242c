// Sync through a local Apache httpd (mod_dav_fs): the first sync of 10,000 articles (sent by the
// device that has them, then received by a fresh profile), and one change afterwards (its time,
// and the bytes that go over the wire, headers included, counted by a proxy).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startApache } from '../webdav/server.mjs';
import { startProxy } from '../webdav/proxy.mjs';
import { extensionOf, launch, stats } from './harness.mjs';
import { seedArticles } from './popup.mjs';

const CHANGES = 7;
const CHANNEL = 'ai-news-annotator';

/** Settings through the options page, as a reader enters them (automatic sync off). */
async function configure(page, account) {
  await page.getByTestId('sync-url').fill(account.url);
  await page.getByTestId('sync-user').fill(account.user);
  await page.getByTestId('sync-password').fill(account.password);
  await page.getByTestId('sync-auto').setChecked(false);
  await page.getByTestId('sync-save').click();
  await page.getByTestId('sync-notice').waitFor();
}

/** Ask the background to sync now; its time, as the options page sees it. */
async function timedSync(page) {
  const out = await page.evaluate(async (channel) => {
    const t0 = performance.now();
    const reply = await globalThis.chrome.runtime.sendMessage({
      channel,
      type: 'sync/run',
      data: { mode: 'sync' },
    });
    return { ms: performance.now() - t0, reply };
  }, CHANNEL);
  if (!out.reply?.ok || out.reply.value.state !== 'ok') {
    throw new Error(`sync failed: ${JSON.stringify(out.reply)}`);
  }
  return out.ms;
}

function reset(proxy) {
  proxy.state.up = proxy.state.down = proxy.state.requests = 0;
  proxy.state.methods = {};
}

const requests = (proxy) => ({ total: proxy.state.requests, ...proxy.state.methods });

async function profile(temp, name, ext) {
  const context = await launch(join(temp, name), ext);
  const { id } = await extensionOf(context, ext);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  return { context, id, options };
}

export async function measureSync(ext, code, log) {
  const apache = await startApache();
  const proxy = await startProxy(Number(new URL(apache.url).port));
  const temp = mkdtempSync(join(tmpdir(), 'ana-bench-sync-'));
  const account = {
    url: `http://127.0.0.1:${proxy.port}/dav/`,
    user: apache.user,
    password: apache.password,
  };
  const a = await profile(temp, 'a', ext);
  const b = await profile(temp, 'b', ext);
  try {
    log('sync: seeding 10,000 articles in profile A');
    const seeded = await seedArticles(a.context, a.id, code);
    await configure(a.options, account);
    await configure(b.options, account);

    log('sync: first sync of 10,000 articles (A sends)');
    reset(proxy);
    const first = await timedSync(a.options);
    const firstBytes = proxy.state.up + proxy.state.down;
    const firstReq = requests(proxy);
    log('sync: first sync of 10,000 articles (B receives)');
    reset(proxy);
    const pull = await timedSync(b.options);
    const pullBytes = proxy.state.up + proxy.state.down;
    const pullReq = requests(proxy);
    reset(proxy);
    const idle = await timedSync(a.options);
    const idleReq = requests(proxy);

    log(`sync: ${CHANGES} single changes`);
    const ms = [];
    const bytes = [];
    const pullMs = [];
    const pulled = [];
    const changeReq = [];
    const pullChangeReq = [];
    for (let i = 0; i < CHANGES; i++) {
      await a.options.evaluate(
        ([channel, n]) =>
          globalThis.chrome.runtime.sendMessage({
            channel,
            type: 'article/note',
            data: { url: `https://news.example.com/a/${n * 13}.html`, note: `一条笔记 note ${n}` },
          }),
        [CHANNEL, i],
      );
      reset(proxy);
      ms.push(await timedSync(a.options));
      bytes.push(proxy.state.up + proxy.state.down);
      changeReq.push(proxy.state.requests);
      reset(proxy);
      pullMs.push(await timedSync(b.options));
      pulled.push(proxy.state.up + proxy.state.down);
      pullChangeReq.push(proxy.state.requests);
    }
    return {
      first10k: { ...stats([first]), bytes: firstBytes, articles: seeded.count },
      first10kPull: { ...stats([pull]), bytes: pullBytes },
      oneChangeMs: stats(ms),
      oneChangeBytes: stats(bytes),
      oneChangePullMs: stats(pullMs),
      oneChangePullBytes: stats(pulled),
      requests: {
        first: firstReq,
        firstPull: pullReq,
        nothingNew: idleReq,
        idleMs: idle,
        oneChange: stats(changeReq),
        oneChangePull: stats(pullChangeReq),
      },
    };
  } finally {
    await a.context.close();
    await b.context.close();
    await proxy.close();
    await apache.stop();
    rmSync(temp, { recursive: true, force: true });
  }
}

// `node tests/bench/sync.mjs`: the sync figures alone (after `npx wxt build`).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { EXT, benchBundle } = await import('./harness.mjs');
  const started = Date.now();
  const log = (m) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${m}`);
  const result = await measureSync(EXT, await benchBundle(), log);
  console.log(JSON.stringify(result, null, 2));
}
