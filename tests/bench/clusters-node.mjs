// `node tests/bench/clusters-node.mjs`: the story-cluster rebuild of the realistic bench library
// (tests/bench/realistic.mjs, the same deterministic generator the browser bench posts to the
// story worker), timed in Node without a browser: where the time goes, run by run.
//
//   --n 50000        articles (default 50,000)
//   --runs 5         timed rebuilds (median, min, max)
//   --src <dir>      a checkout whose utils/clusters is measured (default: this one)
//   --phases         also time each step alone (least of three): story text, NFKC and lower case,
//                    shingles (NFKC included), signature, band keys, structured clone of the docs
//
// `node --cpu-prof tests/bench/clusters-node.mjs --runs 1` writes a CPU profile of one rebuild.
// Prints the stories' fingerprint (a hash of every story's urls), so two versions can be checked
// to make the same stories.
import { resolve } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fingerprint, loadClusters, storyDocs } from './clusters-lib.mjs';
import { ROOT, stats } from './harness.mjs';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '5' },
    src: { type: 'string', default: ROOT },
    phases: { type: 'boolean', default: false },
  },
});

/** Garbage collections as Node reports them (delivered a little later than they happen). */
const collections = [];
new PerformanceObserver((list) => collections.push(...list.getEntries())).observe({
  entryTypes: ['gc'],
});
/** Time spent collecting garbage between `from` and `to` (performance.now() times). */
async function gcMsBetween(from, to) {
  await new Promise((ok) => setTimeout(ok, 10));
  return collections
    .filter((e) => e.startTime >= from && e.startTime < to)
    .reduce((sum, e) => sum + e.duration, 0);
}

async function timeRebuilds(lib, docs, runs) {
  const out = [];
  let stories = [];
  for (let r = 0; r < runs; r++) {
    globalThis.gc?.();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const index = lib.createStoryIndex(docs);
    const t1 = performance.now();
    stories = index.stories();
    const t2 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    out.push({ add: t1 - t0, stories: t2 - t1, total: t2 - t0, cpu: cpuMs, from: t0, to: t2 });
  }
  for (const run of out) run.gc = await gcMsBetween(run.from, run.to);
  return { out, stories };
}

/** Each step alone over every article (where the steps still exist under these names). */
function timePhases(lib, docs) {
  /** The least of three runs (the first warms the code up). */
  const time = (f) => {
    let best = Infinity;
    let v;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      v = f();
      best = Math.min(best, performance.now() - t0);
    }
    return [best, v];
  };
  const phases = {};
  const [textMs, texts] = time(() => docs.map((d) => lib.storyText(d)));
  phases.storyTextMs = textMs;
  phases.normalizeMs = time(() => texts.map((t) => t.normalize('NFKC').toLowerCase()))[0];
  const { shingles } = lib.shinglesModule;
  const { signature, bandKeys } = lib.minhashModule;
  const [shMs, sh] = time(() => texts.map((t) => shingles(t)));
  phases.shinglesMs = shMs;
  phases.shinglesPerDoc = sh.reduce((s, x) => s + x.length, 0) / sh.length;
  if (signature) {
    const [sigMs, sigs] = time(() => sh.map((x) => signature(x)));
    phases.signatureMs = sigMs;
    if (bandKeys) phases.bandKeysMs = time(() => sigs.map((s) => bandKeys(s)))[0];
  }
  phases.structuredCloneMs = time(() => structuredClone(docs))[0];
  return phases;
}

const round = (x) => Math.round(x);

async function main() {
  const n = Number(args.n);
  const runs = Number(args.runs);
  const lib = await loadClusters(resolve(args.src));
  const g0 = performance.now();
  const docs = storyDocs(lib, n);
  console.log(`generated ${n} docs in ${round(performance.now() - g0)} ms (${args.src})`);
  if (args.phases) {
    const phases = timePhases(lib, docs);
    for (const [k, v] of Object.entries(phases)) console.log(`  ${k}: ${v.toFixed(1)}`);
  }
  const { out, stories } = await timeRebuilds(lib, docs, runs);
  for (const key of ['add', 'stories', 'total', 'cpu', 'gc']) {
    const s = stats(out.map((r) => r[key]));
    console.log(`${key} ms: median ${round(s.median)} min ${round(s.min)} max ${round(s.max)}`);
  }
  console.log(`runs: ${out.map((r) => round(r.total)).join(', ')}`);
  const sizes = stories.map((s) => s.urls.length);
  console.log(
    `stories ${stories.length}, largest ${Math.max(0, ...sizes)}, in stories ${sizes.reduce((a, b) => a + b, 0)}, fingerprint ${fingerprint(stories)}`,
  );
}

await main();
