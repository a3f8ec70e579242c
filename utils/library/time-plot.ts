import { useEffect, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import { uiLanguage } from '../i18n';
import { axisDates, localeDate } from '../view/format';
import type { ChartData } from './charts';

const HEIGHT = 220;

/** Whether the document around `box` is in dark mode; charts are drawn again when it changes. */
function useDarkScheme(box: { current: HTMLElement | null }): boolean {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    const query = box.current?.ownerDocument.defaultView?.matchMedia?.(
      '(prefers-color-scheme: dark)',
    );
    if (!query) return;
    const onChange = () => setDark(query.matches);
    onChange();
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}

function options(el: HTMLElement, data: ChartData, width: number): uPlot.Options {
  const language = uiLanguage();
  const style = getComputedStyle(el);
  const css = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const text = css('--muted', '#666');
  const grid = css('--border', '#ddd');
  const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
  return {
    width,
    height: HEIGHT,
    scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
    axes: [
      {
        ...axis,
        // Dates in the reader's language, not uPlot's US-style defaults.
        values: (u, splits) => {
          const min = u.scales.x?.min ?? 0;
          const max = u.scales.x?.max ?? 0;
          const label = axisDates(language, max - min);
          return splits.map(label);
        },
      },
      { ...axis, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] },
    ],
    series: [
      { value: (_u, v) => (v == null ? '—' : localeDate(language, v)) },
      ...data.series.map((s, i) => ({
        label: s.label,
        stroke: css(`--chart-${i + 1}`, '#2f6f5e'),
        width: 2,
        points: { show: true, size: 5 },
      })),
    ],
    cursor: { drag: { x: false, y: false }, focus: { prox: 24 } },
    legend: { show: true, live: false },
  };
}

/** The series nearest the pointer at bucket `idx` (by height on the chart). */
export function nearestSeries(
  u: Pick<uPlot, 'cursor' | 'valToPos'>,
  data: ChartData,
  idx: number,
): number {
  const top = u.cursor.top ?? 0;
  let best = 0;
  let bestDistance = Infinity;
  data.series.forEach((s, i) => {
    const distance = Math.abs(u.valToPos(s.values[idx] ?? 0, 'y') - top);
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return best;
}

/**
 * Draw `data` as a uPlot line chart in `box` (uPlot is loaded with the first chart, not with the
 * page), drawn again when the data or the colour scheme change, as wide as the box; a click on
 * the chart calls `onPick` with the bucket and the nearest series.
 */
export function useTimePlot(
  box: { current: HTMLElement | null },
  data: ChartData,
  onPick: (bucket: number, series: number) => void,
) {
  const dark = useDarkScheme(box);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    const el = box.current;
    if (!el || data.series.length === 0) return;
    let stop = () => undefined as void;
    let live = true;
    // uPlot is loaded with the first chart, not with the page: the list comes first.
    void import('uplot').then(({ default: UPlot }) => {
      if (!live) return;
      const xs = data.buckets.map((b) => Date.parse(`${b}T00:00:00`) / 1000);
      const u = new UPlot(
        options(el, data, el.clientWidth || 600),
        [xs, ...data.series.map((s) => s.values)],
        el,
      );
      const onClick = () => {
        const idx = u.cursor.idx;
        if (idx != null) pick.current(idx, nearestSeries(u, data, idx));
      };
      u.over.addEventListener('click', onClick);
      const observer =
        typeof ResizeObserver === 'undefined'
          ? null
          : new ResizeObserver(() => u.setSize({ width: el.clientWidth || 600, height: HEIGHT }));
      observer?.observe(el);
      stop = () => {
        observer?.disconnect();
        u.over.removeEventListener('click', onClick);
        u.destroy();
      };
    });
    return () => {
      live = false;
      stop();
    };
  }, [data, dark]);
}
