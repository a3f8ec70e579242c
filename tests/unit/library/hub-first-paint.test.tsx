// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { HubView } from '../../../components/library/HubView';
import { NO_HUB_FILTER, type HubItem } from '../../../utils/library/hub/items';
import { HUB_FIRST_PAINT, HUB_PAGE } from '../../../utils/library/hub/limits';
import type { HubState } from '../../../utils/library/hub/use-hub';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

const items: HubItem[] = Array.from({ length: 100 }, (_, i) => ({
  id: `h${i}`,
  articleUrl: `https://news.example/${i}`,
  text: `第 ${i} 条划线`,
  note: '',
  color: 'yellow',
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, 100 - i)).toISOString(),
  time: Date.UTC(2026, 0, 1, 0, 100 - i),
  title: `文章 ${i}`,
  source: '新闻',
  publishedAt: null,
  tags: [],
  highlightTags: [],
  tagKeys: [],
  haystack: `第 ${i} 条划线`,
}));

const hub = (filter = NO_HUB_FILTER): HubState => ({
  loading: false,
  complete: true,
  items,
  shown: items,
  terms: [],
  facets: { sources: [], tags: [] },
  filter,
  setFilter: () => undefined,
  clearFilter: () => undefined,
});

const view = (state: HubState) => (
  <HubView
    hub={state}
    theme="light"
    onTheme={() => undefined}
    onOpen={() => undefined}
    onCopy={() => undefined}
    onCard={() => undefined}
    onCopyCard={() => undefined}
    onTags={() => Promise.resolve(true)}
    tagNames={[]}
  />
);

const listed = () => root.querySelectorAll('[data-testid="hub-highlight"]').length;

describe('the hub’s first paint', () => {
  it('renders a screenful first, then the first page once painted', async () => {
    root = document.createElement('div');
    document.body.append(root);
    render(view(hub()), root); // the render alone: effects wait for the paint
    expect(listed()).toBe(HUB_FIRST_PAINT);
    // positive control: once effects run (after the paint), the whole first page is there
    await act(async () => {
      render(view(hub()), root);
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(listed()).toBe(HUB_PAGE);
  });
});
