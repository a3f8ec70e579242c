// `node tests/bench/hub-run.mjs`: only the highlights hub's figures (tests/bench/hub.mjs), printed
// and written to bench-hub.json (git-ignored). `BENCH_NO_BUILD=1` measures the build already in
// .output. Run it under the browser lock: `flock /tmp/browser.lock node tests/bench/hub-run.mjs`.
import { measureHub } from './hub.mjs';
import { runMain, runOne } from './run-one.mjs';

runMain(() =>
  runOne(
    'hub',
    async () => undefined,
    ({ context, id, code, log }) => measureHub(context, id, code, log),
  ),
);
