// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { addHighlight, saveArticle, type ArticleCard, type Db } from '../../../utils/db';
import type { LibraryDeps } from '../../../utils/library/deps';
import { useAllHighlights } from '../../../utils/library/hub/use-hub';
import type { StoredHighlight } from '../../../utils/schemas/records';
import { readFirstCards, readFirstView } from '../../../utils/view/first-cards';
import { useLibraryData } from '../../../utils/library/use-library-data';
import { haystackOf } from '../../../utils/search';
import { article, at, freshDb, highlight } from '../db/helpers';

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

function HubProbe(props: {
  deps: LibraryDeps;
  urls: string[];
  seen: (ids: string[] | null) => void;
}) {
  const { highlights } = useAllHighlights(props.deps, props.urls, false, (e) => {
    throw e;
  });
  props.seen(highlights ? highlights.map((h) => h.id).sort() : null);
  return null;
}

/** A database that counts the reads made through it. */
function counted(db: Db) {
  let reads = 0;
  return { reads: () => reads, get: async () => (reads++, db) };
}

async function mountHub(firstHighlights?: StoredHighlight[]) {
  const { db } = await freshDb();
  await saveArticle(db, article(1), at(1));
  await addHighlight(db, article(1).url, highlight('h1'));
  const access = counted(db);
  const deps = {
    db: access,
    subscribe: () => () => undefined,
    firstHighlights,
  } as unknown as LibraryDeps;
  const renders: (string[] | null)[] = [];
  root = document.createElement('div');
  // act: the effects have run when it returns (a read they start has asked for the database)
  act(() => {
    render(
      <HubProbe deps={deps} urls={[article(1).url]} seen={(ids) => renders.push(ids)} />,
      root!,
    );
  });
  return { renders, reads: access.reads };
}

describe("the hub's first highlights", () => {
  it('are in the first render when read with the first cards, and not read again', async () => {
    const { db } = await freshDb();
    await saveArticle(db, article(1), at(1));
    await addHighlight(db, article(1).url, highlight('h1'));
    const early = await readFirstView(db, 'library');
    const { renders, reads } = await mountHub(early.highlights);
    expect(renders[0]).toEqual(['h1']);
    expect(reads()).toBe(0);
  });

  it('positive control: without them the first render has none, and the hub reads them', async () => {
    const { renders, reads } = await mountHub();
    expect(renders[0]).toBeNull();
    expect(reads()).toBe(1);
    await expect.poll(() => renders.at(-1)).toEqual(['h1']);
  });
});

function FoldProbe(props: {
  deps: LibraryDeps;
  seen: (data: ReturnType<typeof useLibraryData>) => void;
}) {
  const data = useLibraryData(props.deps, (e) => {
    throw e;
  });
  props.seen(data);
  return null;
}

describe("the whole library's search text", () => {
  it('is folded as the cards are read, so the first search folds nothing', async () => {
    const { db } = await freshDb();
    for (let i = 1; i <= 4; i++) await saveArticle(db, article(i), at(i));
    await addHighlight(
      db,
      article(2).url,
      highlight('h2', { text: '臺積電 GPT-5', note: '值得跟進' }),
    );
    const early = await readFirstCards(db, 'library');
    const deps = {
      db: { get: async () => db },
      subscribe: () => () => undefined,
      stories: null,
      now: () => new Date(at(10)),
      firstCards: early,
    } as unknown as LibraryDeps;
    let data: ReturnType<typeof useLibraryData> | null = null;
    root = document.createElement('div');
    render(<FoldProbe deps={deps} seen={(d) => (data = d)} />, root);
    await expect.poll(() => data?.complete).toBe(true);
    const { cards, folded } = data!;
    expect(cards).toHaveLength(4);
    for (const card of cards!) expect(folded.get(card)).toBe(haystackOf(card));
    expect(folded.get(cards!.find((c) => c.url === article(2).url)!)).toContain('台积电 gpt5');
    // Positive control: the boot script's first cards (read apart) were not folded by the load.
    expect(early.every((card) => !folded.has(card))).toBe(true);
  });
});
