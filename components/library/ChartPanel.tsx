import { t } from '../../utils/i18n';
import type { LibraryFilter } from '../../utils/library/query';
import type { LibraryChart } from '../../utils/library/use-chart-data';
import { TimeChart } from './TimeChart';

interface Props {
  charts: LibraryChart[];
  empty: boolean;
  onFilter: (patch: Partial<LibraryFilter>) => void;
}

/** "Looking back": what the reader has been reading about, as pictures that filter the list. */
export function ChartPanel({ charts, empty, onFilter }: Props) {
  if (empty) return <p class="lib-empty">{t('libraryChartsEmpty')}</p>;
  return (
    <section class="lib-charts" aria-label={t('libraryViewCharts')}>
      <p class="lib-muted">{t('libraryChartsIntro')}</p>
      {charts.map((chart) => (
        <TimeChart
          key={chart.id}
          testId={chart.id}
          title={chart.title}
          bucketLabel={chart.bucketLabel}
          tableLabel={t('libraryChartShowTable')}
          data={chart.data}
          pickLabel={(bucket, series) => t('libraryChartPick', [series, bucket])}
          onPick={(bucket, series) => onFilter(chart.filterFor(bucket, series))}
        />
      ))}
    </section>
  );
}
