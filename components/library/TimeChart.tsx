import { useEffect, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { uiLanguage } from '../../utils/i18n';
import type { ChartData } from '../../utils/library/charts';
import { axisDates, localeDate } from '../../utils/view/format';

interface Props {
  data: ChartData;
  /** The chart's name, also its label for assistive technology. */
  title: string;
  /** The first column of the table alternative. */
  bucketLabel: string;
  /** The button that shows the table to everyone. */
  tableLabel: string;
  /** Button text of each table row ("Show these"). */
  pickLabel: (bucket: string, series: string) => string;
  testId: string;
  onPick: (bucket: number, series: number) => void;
}

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
function nearestSeries(u: uPlot, data: ChartData, idx: number): number {
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
 * A line chart (uPlot, on a canvas) over days or weeks, with the same figures as a table for
 * screen readers (and for anyone, on request). A click on a point, or a row's button, picks it.
 */
export function TimeChart(props: Props) {
  const { data, title, bucketLabel, tableLabel, pickLabel, testId, onPick } = props;
  const box = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
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

  return (
    <figure class="lib-chart" data-testid="library-chart" data-chart={testId} aria-label={title}>
      <figcaption class="lib-h3">{title}</figcaption>
      <div ref={box} class="lib-chart-canvas" aria-hidden="true" />
      <button
        type="button"
        class="link-button"
        aria-expanded={showTable}
        onClick={() => setShowTable((s) => !s)}
      >
        {showTable ? '▾' : '▸'} {tableLabel}
      </button>
      <table class={showTable ? 'lib-chart-table' : 'sr-only'} data-testid="library-chart-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{bucketLabel}</th>
            {data.series.map((s) => (
              <th key={s.label} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.buckets.map((bucket, i) => (
            <tr key={bucket}>
              <th scope="row">{bucket}</th>
              {data.series.map((s, j) => (
                <td key={s.label}>
                  {s.values[i] ? (
                    <button
                      type="button"
                      class="link-button"
                      aria-label={pickLabel(bucket, s.label)}
                      onClick={() => onPick(i, j)}
                    >
                      {s.values[i]}
                    </button>
                  ) : (
                    0
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
