import { useRef, useState } from 'preact/hooks';
import 'uplot/dist/uPlot.min.css';
import type { ChartData } from '../../utils/library/charts';
import { useTimePlot } from '../../utils/library/time-plot';

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

/** The chart's figures as a table: for screen readers, and for anyone who opens it. */
function ChartTable(p: Props & { shown: boolean }) {
  const { data, title, onPick } = p;
  return (
    <table class={p.shown ? 'lib-chart-table' : 'sr-only'} data-testid="library-chart-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{p.bucketLabel}</th>
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
                    aria-label={p.pickLabel(bucket, s.label)}
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
  );
}

/**
 * A line chart (uPlot, on a canvas) over days or weeks, with the same figures as a table for
 * screen readers (and for anyone, on request). A click on a point, or a row's button, picks it.
 */
export function TimeChart(props: Props) {
  const { data, title, tableLabel, testId, onPick } = props;
  const box = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
  useTimePlot(box, data, onPick);
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
      <ChartTable {...props} shown={showTable} />
    </figure>
  );
}
