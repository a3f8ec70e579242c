import { t } from '../../utils/i18n';
import type { LibraryFilter } from '../../utils/library/query';
import type { ArticleCard } from '../../utils/db/cards';
import { useChartData } from '../../utils/library/use-chart-data';
import { TimeChart } from './TimeChart';

interface Props {
  cards: readonly ArticleCard[];
  now: Date;
  empty: boolean;
  onFilter: (patch: Partial<LibraryFilter>) => void;
}

/**
 * "Looking back": what the reader has been reading about, as pictures that filter the list. The
 * figures are counted here, when the charts are shown, not with every list the page loads.
 */
export function ChartPanel({ cards, now, empty, onFilter }: Props) {
  const charts = useChartData(cards, now);
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
