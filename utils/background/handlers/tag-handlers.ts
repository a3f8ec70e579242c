import type { BackgroundDeps, HandlerGroup } from './context';

type TagType = 'article/tags' | 'tags/edit' | 'tags/rename';

/** The reader's own tags: one article's, several at once, renamed across the library. */
export function tagHandlers({ owner }: BackgroundDeps): HandlerGroup<TagType> {
  return {
    async 'article/tags'({ url, tags }) {
      const tagged = await owner.setArticleTags(url, tags);
      return { url, tags: tagged.tags ?? [] };
    },
    async 'tags/edit'({ urls, add, remove }) {
      return owner.editTags(urls, { add, remove });
    },
    async 'tags/rename'({ from, to }) {
      return owner.renameTags(from, to);
    },
  };
}
