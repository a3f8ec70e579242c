// Main-thread time spent by an extension's scripts in a page: from a Chromium trace, or (fallback
// and breakdown) from the CPU profiler.

/**
 * `devtools.timeline` has EvaluateScript / FunctionCall / TimerFire … with `args.data.url`;
 * `v8` has v8.compile, v8.run and v8.callFunction with the isolated world's id, which also catches
 * callbacks into the content script that carry no URL (message and IndexedDB callbacks).
 */
const CATEGORIES = ['devtools.timeline', 'v8.execute', 'v8'];

function urlOf(e) {
  const d = e.args?.data ?? e.args?.beginData ?? {};
  const url = d.url ?? d.scriptName ?? e.args?.fileName ?? d.stackTrace?.[0]?.url ?? '';
  return typeof url === 'string' ? url : '';
}

/** Total length of the union of [start, end) intervals. */
function unionLength(intervals) {
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

/** Union per thread, summed over threads, in ms. */
function unionMs(events) {
  const byThread = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push([e.ts, e.ts + e.dur]);
  }
  let us = 0;
  for (const list of byThread.values()) us += unionLength(list);
  return us / 1000;
}

/** The trace events that belong to scripts from `urlPrefix` (by URL, or by their isolated world). */
export function attribute(events, urlPrefix) {
  const complete = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number');
  const byUrl = complete.filter((e) => urlOf(e).startsWith(urlPrefix));
  const matched = new Set(byUrl);
  const worlds = new Set(
    byUrl.filter((e) => e.args?.worldId !== undefined).map((e) => `${e.pid}:${e.args.worldId}`),
  );
  const byWorld = complete.filter(
    (e) =>
      (e.name === 'v8.callFunction' || e.name === 'v8.run') &&
      worlds.has(`${e.pid}:${e.args?.worldId}`) &&
      !matched.has(e),
  );
  return [...byUrl, ...byWorld];
}

/**
 * Trace `action` and return the main-thread time of scripts from `urlPrefix`: `ms` (everything),
 * `compileMs` (parse + compile of the bundle), `evaluateMs` (first run, compile included) and
 * `laterMs` (callbacks afterwards: idle callback, messages), with the names of matched events.
 */
export async function scriptTimeMs(context, page, urlPrefix, action) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES },
  });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
  }
  const mine = attribute(events, urlPrefix);
  const evaluate = mine.filter((e) => e.name === 'EvaluateScript' || e.name === 'v8.run');
  const ms = unionMs(mine);
  const evaluateMs = unionMs(evaluate);
  const names = {};
  for (const e of mine) names[e.name] = (names[e.name] ?? 0) + 1;
  return {
    ms,
    evaluateMs,
    compileMs: unionMs(mine.filter((e) => e.name === 'v8.compile')),
    laterMs: ms - evaluateMs,
    events: mine.length,
    names,
    urls: [...new Set(mine.map(urlOf).filter(Boolean))],
  };
}

/**
 * CPU-profiler view of `action` (50 µs sampling): self time of functions from `urlPrefix` plus the
 * natives they call (`ms`), and the functions that took most, with the start of their source.
 */
export async function profileScriptMs(context, page, urlPrefix, action, source = '') {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  let profile;
  try {
    await action();
  } finally {
    ({ profile } = await cdp.send('Profiler.stop'));
    await cdp.detach();
  }
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + profile.timeDeltas[i]));
  const fromExt = (id) => {
    for (let a = id; a !== undefined; a = parent.get(a)) {
      if (nodes.get(a).callFrame.url.startsWith(urlPrefix)) return true;
    }
    return false;
  };
  let ownUs = 0;
  let allUs = 0;
  const byFunction = new Map();
  for (const [id, us] of selfUs) {
    const { callFrame: f } = nodes.get(id);
    if (!fromExt(id)) continue;
    allUs += us;
    if (f.url.startsWith(urlPrefix)) ownUs += us;
    const code = f.url.startsWith(urlPrefix)
      ? source.slice(f.columnNumber, f.columnNumber + 70)
      : '';
    const key = `${f.functionName || '(anonymous)'}@${f.url ? f.columnNumber : 'native'} ${code}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  }
  const top = [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([fn, us]) => ({ fn: fn.trim(), ms: us / 1000 }));
  return { ms: allUs / 1000, ownMs: ownUs / 1000, top };
}
