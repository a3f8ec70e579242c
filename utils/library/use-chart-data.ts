import { useMemo } from 'preact/hooks';
import type { ArticleCard } from '../db';
import { t } from '../i18n';
import {
  activityByDay,
  bucketRange,
  keywordsByWeek,
  sourcesByWeek,
  type ChartData,
} from './charts';
import { localDay } from './dates';
import type { LibraryFilter } from './query';

export interface LibraryChart {
  id: 'keywords' | 'sources' | 'activity';
  title: string;
  bucketLabel: string;
  data: ChartData;
  /** The list's filter for a click on `series` at `bucket`. */
  filterFor: (bucket: number, series: number) => Partial<LibraryFilter>;
}

/** The three pictures of "looking back", computed from the cards once per library change. */
export function useChartData(cards: readonly ArticleCard[], now: Date): LibraryChart[] {
  const today = localDay(now.toISOString());
  return useMemo(() => {
    const keywords = keywordsByWeek(cards, today);
    const sources = sourcesByWeek(cards, today);
    const activity = activityByDay(cards, today, {
      saved: t('libraryChartSaved'),
      highlighted: t('libraryChartHighlighted'),
    });
    const label = (data: ChartData, series: number) => data.series[series]?.label ?? null;
    return [
      {
        id: 'keywords',
        title: t('libraryChartKeywords'),
        bucketLabel: t('libraryChartWeek'),
        data: keywords,
        filterFor: (b, s) => {
          const keyword = label(keywords, s);
          return { ...bucketRange(keywords, b), keywords: keyword ? [keyword] : [] };
        },
      },
      {
        id: 'sources',
        title: t('libraryChartSources'),
        bucketLabel: t('libraryChartWeek'),
        data: sources,
        filterFor: (b, s) => ({ ...bucketRange(sources, b), source: label(sources, s) }),
      },
      {
        id: 'activity',
        title: t('libraryChartActivity'),
        bucketLabel: t('libraryChartDay'),
        data: activity,
        filterFor: (b) => ({ ...bucketRange(activity, b) }),
      },
    ];
  }, [cards, today]);
}
