// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { saveArticle, type ArticleCard } from '../../../utils/db';
import type { LibraryDeps } from '../../../utils/library/deps';
import { readFirstCards } from '../../../utils/view/first-cards';
import { useLibraryData } from '../../../utils/library/use-library-data';
import { article, at, freshDb } from '../db/helpers';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root = null;
});

function Probe({ deps, seen }: { deps: LibraryDeps; seen: (n: number | null) => void }) {
  const { cards } = useLibraryData(deps, (e) => {
    throw e;
  });
  seen(cards ? cards.length : null);
  return null;
}

async function mount(firstCards?: ArticleCard[]) {
  const { db } = await freshDb();
  for (let i = 1; i <= 3; i++) await saveArticle(db, article(i), at(i));
  const deps = {
    db: { get: async () => db },
    subscribe: () => () => undefined,
    stories: null,
    now: () => new Date(at(10)),
    firstCards,
  } as unknown as LibraryDeps;
  const renders: (number | null)[] = [];
  root = document.createElement('div');
  render(<Probe deps={deps} seen={(n) => renders.push(n)} />, root);
  return { db, renders };
}

describe("the library's first cards", () => {
  it('are in the first render when the boot script read them in time', async () => {
    const { db } = await freshDb();
    await saveArticle(db, article(9), at(9));
    const early = await readFirstCards(db, 'library');
    const { renders } = await mount(early);
    expect(renders[0]).toBe(1);
  });

  it('positive control: without them the first render has none, and the library reads them', async () => {
    const { renders } = await mount();
    expect(renders[0]).toBeNull();
    await expect.poll(() => renders.at(-1)).toBe(3);
  });
});
