// `node tests/bench/clusters-same.mjs --before <checkout>`: whether this checkout's story clusters
// are the same as another's (e.g. a copy of main's utils/clusters) on the realistic bench library:
// a rebuild of `--n` articles, then a library changing article by article (saved in batches,
// deleted, saved again with another summary), the stories compared after every step.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fingerprint, loadClusters, storyDocs } from './clusters-lib.mjs';
import { ROOT } from './harness.mjs';

const { values: args } = parseArgs({
  options: {
    before: { type: 'string' },
    n: { type: 'string', default: '50000' },
    steps: { type: 'string', default: '60' },
  },
});
if (!args.before) throw new Error('--before <checkout with utils/clusters> is required');

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** The same changes, in the same order, for an index of each version. */
function changes(docs, steps) {
  const r = rng(7);
  const out = [];
  const saved = [];
  let next = 0;
  for (let step = 0; step < steps; step++) {
    const roll = r();
    if (roll < 0.5 || saved.length < 20) {
      const batch = docs.slice(next, next + 1 + Math.floor(r() * 60));
      next += batch.length;
      saved.push(...batch);
      out.push({ add: batch });
    } else if (roll < 0.8) {
      const gone = Array.from(
        { length: 1 + Math.floor(r() * 8) },
        () => saved.splice(Math.floor(r() * saved.length), 1)[0],
      );
      out.push({ remove: gone.map((d) => d.url) });
    } else {
      const other = docs[Math.floor(r() * next)];
      const changed = saved.slice(0, 3).map((d) => ({ ...d, summary: other.summary }));
      out.push({ add: changed });
    }
  }
  return out;
}

function compare(label, a, b) {
  const [fa, fb] = [fingerprint(a), fingerprint(b)];
  if (fa !== fb) throw new Error(`${label}: stories differ (${fa} / ${fb})`);
  return fa;
}

async function main() {
  const n = Number(args.n);
  const before = await loadClusters(resolve(args.before));
  const after = await loadClusters(ROOT);
  const docs = storyDocs(after, n);
  const print = compare(
    `rebuild of ${n}`,
    before.createStoryIndex(docs).stories(),
    after.createStoryIndex(docs).stories(),
  );
  console.log(`rebuild of ${n}: same stories (${print})`);
  const small = docs.slice(0, 3000).reverse();
  const [x, y] = [before.createStoryIndex(), after.createStoryIndex()];
  let sizes = 0;
  for (const [i, step] of changes(small, Number(args.steps)).entries()) {
    for (const index of [x, y]) {
      if (step.add) index.add(step.add);
      else index.remove(step.remove);
    }
    const stories = x.stories();
    compare(`step ${i}`, stories, y.stories());
    sizes = stories.length;
  }
  console.log(
    `${args.steps} changes (saved, deleted, saved again changed): same stories (${sizes} at the end)`,
  );
}

await main();
