// The results file and the printed table.
import { cpus, platform, release, arch, totalmem } from 'node:os';

/** Every figure: where it goes in bench-results.json, its unit and its goal. */
export const FIGURES = [
  {
    key: 'contentScript.nonArticleMs',
    unit: 'ms',
    goal: '≤ 2 ms and ≤ 2× floor',
    ok: (v, r) => v <= 2 && v <= 2 * r.contentScript.floorMs,
  },
  { key: 'contentScript.floorMs', unit: 'ms', goal: '(reference)' },
  { key: 'contentScript.overEmptyMs', unit: 'ms', goal: '≤ 0.3 ms', ok: (v) => v <= 0.3 },
  {
    key: 'contentScript.chineseNonArticleMs',
    unit: 'ms',
    goal: '≤ 2 ms',
    ok: (v) => v <= 2,
  },
  { key: 'contentScript.quickreadArticleMs', unit: 'ms', goal: '(reference)' },
  { key: 'contentScript.emptyMs', unit: 'ms', goal: '(reference)' },
  { key: 'contentScript.listenerOnlyMs', unit: 'ms', goal: '(reference)' },
  { key: 'contentScript.bundleBytes', unit: 'B', goal: '≤ 61440 B', ok: (v) => v <= 61440 },
  { key: 'extract.seedMs', unit: 'ms', goal: '≤ 5 ms', ok: (v) => v <= 5 },
  { key: 'extract.floorMs', unit: 'ms', goal: '(reference)' },
  { key: 'toolbar.showMs', unit: 'ms', goal: '≤ 100 ms', ok: (v) => v <= 100 },
  { key: 'popup.firstRender10kMs', unit: 'ms', goal: '≤ 150 ms', ok: (v) => v <= 150 },
  { key: 'popup.search10kMs', unit: 'ms', goal: '≤ 30 ms', ok: (v) => v <= 30 },
  { key: 'popup.bodySearch10kMs', unit: 'ms', goal: '≤ 1000 ms', ok: (v) => v <= 1000 },
  { key: 'anchor.reanchor500Ms', unit: 'ms', goal: '≤ 150 ms', ok: (v) => v <= 150 },
  { key: 'anchor.fuzzyShare', unit: '', goal: '(reference)' },
  { key: 'library.firstRender10kMs', unit: 'ms', goal: '≤ 200 ms', ok: (v) => v <= 200 },
  { key: 'library.search10kMs', unit: 'ms', goal: '≤ 50 ms', ok: (v) => v <= 50 },
  { key: 'clusters.rebuild10kMs', unit: 'ms', goal: '≤ 1000 ms', ok: (v) => v <= 1000 },
  { key: 'clusters.onSaveMs', unit: 'ms', goal: '≤ 20 ms', ok: (v) => v <= 20 },
  // The realistic library (tests/bench/realistic.mjs) at 200, 10,000 and 50,000 articles.
  { key: 'scale.floorFirstMs', unit: 'ms', goal: '(floor: minimal Preact page)' },
  { key: 'scale200.popupFirstMs', unit: 'ms', goal: '(reference)' },
  { key: 'scale200.popupLiveMs', unit: 'ms', goal: '(reference: its own rows, which take clicks)' },
  // Opened with nothing of the extension running (service worker stopped, no page of it open).
  { key: 'scale.floorFirstIdleMs', unit: 'ms', goal: '(floor, extension not running)' },
  { key: 'scale200.popupFirstIdleMs', unit: 'ms', goal: '(reference, extension not running)' },
  ...[10000, 50000].flatMap((n) => [
    {
      key: `scale${n}.popupFirstMs`,
      unit: 'ms',
      goal: '≤ 1.2× at 200, ≤ floor + 100',
      ok: (v, r) => v <= 1.2 * r.scale200.popupFirstMs && v <= r.scale.floorFirstMs + 100,
    },
    {
      key: `scale${n}.libraryFirstMs`,
      unit: 'ms',
      goal: '≤ 1.2× at 200',
      ok: (v, r) => v <= 1.2 * r.scale200.libraryFirstMs,
    },
    {
      key: `scale${n}.popupLiveMs`,
      unit: 'ms',
      goal: '(reference: its own rows, which take clicks)',
    },
    { key: `scale${n}.popupCompleteMs`, unit: 'ms', goal: '(reference)' },
    {
      key: `scale${n}.popupFirstIdleMs`,
      unit: 'ms',
      goal: '(reference, extension not running)',
    },
    { key: `scale${n}.libraryCompleteMs`, unit: 'ms', goal: '(reference)' },
    {
      key: `scale${n}.libraryHeapMb`,
      unit: 'MB',
      goal: n === 10000 ? '≤ 60 MB' : '≤ 150 MB',
      ok: (v) => v <= (n === 10000 ? 60 : 150),
    },
    { key: `scale${n}.popupHeapMb`, unit: 'MB', goal: '≤ 20 MB', ok: (v) => v <= 20 },
    {
      key: `scale${n}.librarySearchMs`,
      unit: 'ms',
      goal: n === 10000 ? '≤ 50 ms' : '≤ 150 ms',
      ok: (v) => v <= (n === 10000 ? 50 : 150),
    },
    {
      key: `scale${n}.libraryBodySearchMs`,
      unit: 'ms',
      goal: n === 10000 ? '≤ 50 ms' : '≤ 150 ms',
      ok: (v) => v <= (n === 10000 ? 50 : 150),
    },
    { key: `scale${n}.popupBodySearchMs`, unit: 'ms', goal: '(reference)' },
    { key: `scale${n}.indexMs`, unit: 'ms', goal: '(reference: index after import)' },
  ]),
  { key: 'scale200.libraryFirstMs', unit: 'ms', goal: '(reference)' },
  {
    key: 'scale10000.importMs',
    unit: 'ms',
    goal: '≤ 2× bare puts',
    ok: (v, r) => v <= 2 * r.scale10000.importFloorMs,
  },
  { key: 'scale10000.importFloorMs', unit: 'ms', goal: '(floor: bare puts)' },
  { key: 'scale50000.clustersRebuildMs', unit: 'ms', goal: '≤ 3000 ms', ok: (v) => v <= 3000 },
  { key: 'scale50000.largestStory', unit: '', goal: '≤ 50', ok: (v) => v <= 50 },
  { key: 'export.10kMs', unit: 'ms', goal: '≤ 2000 ms', ok: (v) => v <= 2000 },
  { key: 'import.10kMs', unit: 'ms', goal: '≤ 5000 ms', ok: (v) => v <= 5000 },
  { key: 'sync.first10kMs', unit: 'ms', goal: '(reference)' },
  { key: 'sync.first10kPullMs', unit: 'ms', goal: '(reference)' },
  { key: 'sync.oneChangeBytes', unit: 'B', goal: '≤ 10240 B', ok: (v) => v <= 10240 },
  { key: 'sync.oneChangeMs', unit: 'ms', goal: '(reference)' },
  { key: 'sync.oneChangePullBytes', unit: 'B', goal: '≤ 10240 B', ok: (v) => v <= 10240 },
  { key: 'sync.oneChangePullMs', unit: 'ms', goal: '(reference)' },
];

export function machine(browserVersion) {
  const cpu = cpus();
  return {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    chromium: browserVersion,
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  };
}

/** bench-results.json: top-level figures are medians; `details` has min, max, runs and more. */
export function buildResults(details, machineInfo) {
  const results = {};
  for (const { key } of FIGURES) {
    const [group, name] = key.split('.');
    results[group] ??= {};
    results[group][name] = details[key]?.median ?? null;
  }
  return { ...results, details, machine: machineInfo, measuredAt: new Date().toISOString() };
}

function format(value, unit) {
  if (value === null || value === undefined) return '—';
  if (unit === 'B') return String(Math.round(value));
  if (unit === '') return Number.isInteger(value) ? String(value) : value.toFixed(3);
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

/** The table as text: figure, median, min, max, goal and whether the goal is met. */
export function table(results) {
  const rows = [['figure', 'median', 'min', 'max', 'runs', 'goal', 'ok']];
  for (const f of FIGURES) {
    const d = results.details[f.key];
    const [group, name] = f.key.split('.');
    const median = results[group][name];
    const mark = !f.ok || median === null ? '' : f.ok(median, results) ? '✓' : '✗';
    const unit = f.unit ? ` ${f.unit}` : '';
    rows.push([
      f.key,
      format(median, f.unit) + unit,
      format(d?.min, f.unit),
      format(d?.max, f.unit),
      String(d?.runs ?? '—'),
      f.goal,
      mark,
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)]
    .map((l) => l.trimEnd())
    .join('\n');
}
