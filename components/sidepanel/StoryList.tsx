import { t } from '../../utils/i18n';
import { metaLine, shortDate } from '../../utils/view/format';
import type { StoryArticle } from '../../utils/sidepanel/story';
import { SafeLink } from '../shared/SafeLink';

/** Other saved articles about the same story, one click away; nothing when there are none. */
export function StoryList({ articles }: { articles: StoryArticle[] }) {
  if (articles.length === 0) return null;
  return (
    <section class="panel-section" aria-labelledby="panel-story-title" data-testid="panel-story">
      <h2 id="panel-story-title" class="section-title">
        {t('panelStory', articles.length)}
      </h2>
      <ul class="story-list">
        {articles.map((a) => (
          <li key={a.url} class="story-item">
            <SafeLink url={a.url} class="story-link" testId="panel-story-item">
              {a.title}
            </SafeLink>
            <span class="muted small">{metaLine([shortDate(a.publishedAt), a.source])}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
