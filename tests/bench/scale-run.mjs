// `node tests/bench/scale-run.mjs`: only the scale figures (tests/bench/scale.mjs), printed and
// written to bench-scale.json (git-ignored). `BENCH_SCALE_SIZES=200,10000` limits the sizes;
// `BENCH_NO_BUILD=1` measures the build already in .output; `BENCH_ONLY_CLUSTERS=1` measures only
// the story clusters' rebuild (at the biggest size) in the worker.
import { runMain, runOne } from './run-one.mjs';
import { measureScale, writeFloorPage } from './scale.mjs';

runMain(() =>
  runOne('scale', writeFloorPage, ({ context, id, code, log, ext }) =>
    measureScale(context, id, code, log, ext),
  ),
);
