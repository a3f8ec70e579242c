import type { Story } from '../../utils/clusters';
import type { ArticleCard } from '../../utils/db';
import { t } from '../../utils/i18n';
import { metaLine, shortDate } from '../../utils/view/format';

interface Props {
  stories: readonly Story[] | null;
  byUrl: ReadonlyMap<string, ArticleCard>;
  onOpen: (url: string) => void;
}

/** One story: its articles from every site, with the first and last coverage. */
export function StoryCard({ story, byUrl, onOpen }: { story: Story } & Omit<Props, 'stories'>) {
  const cards = story.urls.map((u) => byUrl.get(u)).filter((c): c is ArticleCard => !!c);
  return (
    <li class="lib-story" data-testid="library-story" data-size={cards.length}>
      <h3 class="lib-story-title">{cards[0]?.title ?? story.id}</h3>
      <p class="lib-muted" data-testid="library-story-span">
        {t('libraryStorySpan', [cards.length, shortDate(story.earliest), shortDate(story.latest)])}
      </p>
      <ul class="lib-story-articles">
        {cards.map((c) => (
          <li key={c.url}>
            <button
              type="button"
              class="link-button"
              data-testid="library-story-article"
              data-url={c.url}
              onClick={() => onOpen(c.url)}
            >
              {c.title || c.url}
            </button>
            <span class="lib-muted">
              {' '}
              {metaLine([shortDate(c.publishedAt ?? c.savedAt), c.source])}
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** Every story told by two or more saved articles, the most recently covered first. */
export function StoryList({ stories, byUrl, onOpen }: Props) {
  if (stories === null) return <p class="lib-empty">{t('libraryStoriesLoading')}</p>;
  if (stories.length === 0)
    return (
      <p class="lib-empty" data-testid="library-no-stories">
        {t('libraryNoStories')}
      </p>
    );
  return (
    <section aria-label={t('libraryViewStories')}>
      <p class="lib-muted">{t('libraryStoriesIntro', stories.length)}</p>
      <ul class="lib-stories">
        {stories.map((s) => (
          <StoryCard key={s.id} story={s} byUrl={byUrl} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  );
}
