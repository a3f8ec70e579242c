// Story clusters of the realistic library, rebuilt in the library's worker through its client.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { iifeOf, stats } from './harness.mjs';
import { generatorScript } from './scale-seed.mjs';

/** The library's story client (utils/clusters/story-client.ts) as a script for a page. */
async function storyClientScript() {
  const code = await iifeOf('utils/clusters/story-client.ts', '__storyClient');
  return `${code};globalThis.__storyClient = __storyClient;`;
}

/**
 * In a page: the story worker's rebuild of `n` generated articles, asked through the library's
 * story client (what it sends of each article, and how, counted in), and the largest story.
 */
function clusterRebuild([workerUrl, n, runs]) {
  const file = globalThis.__realistic.realisticLibrary(n);
  const worker = new Worker(workerUrl, { type: 'module' });
  const client = globalThis.__storyClient.createStoryClient(worker);
  return (async () => {
    const out = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      const reply = await client.rebuild(file.articles);
      const ms = performance.now() - t0;
      const sizes = reply.stories.map((s) => s.urls.length);
      out.push({ ms, workerMs: reply.ms, stories: sizes.length, largest: Math.max(0, ...sizes) });
    }
    client.close();
    return out;
  })();
}

/** Story clusters of the realistic library at `n` in the library's worker. */
export async function measureClusters(context, extensionId, ext, n) {
  const file = readdirSync(join(ext, 'assets')).find((f) => f.startsWith('story.worker'));
  if (!file) throw new Error('no story worker in the build');
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/export-schema.json`);
    await page.evaluate(generatorScript());
    await page.evaluate(await storyClientScript());
    const runs = await page.evaluate(clusterRebuild, [
      `chrome-extension://${extensionId}/assets/${file}`,
      n,
      3,
    ]);
    return {
      rebuildMs: { ...stats(runs.map((r) => r.ms)), workerMs: stats(runs.map((r) => r.workerMs)) },
      largestStory: { ...stats(runs.map((r) => r.largest)), stories: runs[0].stories },
    };
  } finally {
    await page.close();
  }
}
