// Shared by the Node-only cluster benchmarks (clusters-node.mjs, clusters-same.mjs): the cluster
// code of a checkout bundled and loaded, the realistic library's story docs, a stories fingerprint.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { realisticLibrary } from './realistic.mjs';

/** Bundle `<src>/utils/clusters` (and its steps, for --phases) into an ES module and load it. */
export async function loadClusters(src) {
  const dir = mkdtempSync(join(tmpdir(), 'clusters-bench-'));
  const at = (f) => JSON.stringify(resolve(src, 'utils/clusters', f));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `export * from ${at('story-index')};\n` +
      `export { toStoryDoc } from ${at('story-of')};\n` +
      `export * as shinglesModule from ${at('shingles')};\n` +
      `export * as minhashModule from ${at('minhash')};\n`,
  );
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: src,
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['es'], fileName: 'clusters' },
    },
  });
  const file = join(dir, 'clusters.mjs');
  writeFileSync(file, (Array.isArray(out) ? out[0] : out).output[0].code);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the page posts to the worker: the fields clustering reads (the project's `toStoryDoc`). */
export function storyDocs(lib, n) {
  return realisticLibrary(n).articles.map(lib.toStoryDoc);
}

/** A short hash of stories: each one's id, first and last coverage, and urls, in order. */
export const fingerprint = (stories) =>
  createHash('sha1')
    .update(stories.map((s) => `${s.id} ${s.earliest} ${s.latest} ${s.urls.join(' ')}`).join('\n'))
    .digest('hex')
    .slice(0, 12);
