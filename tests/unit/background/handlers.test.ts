import { describe, expect, it } from 'vitest';
import { badgeFor, type BadgeState } from '../../../utils/background/badge';
import { createBackgroundHandlers } from '../../../utils/background/handlers';
import { dispatch, type SenderLike } from '../../../utils/messages/dispatch';
import { createPageUi } from '../../../utils/background/page-ui';
import { createCommandGrants } from '../../../utils/background/commands';
import { saveTab } from '../../../utils/background/save-tab';
import type { FrameState } from '../../../utils/messages/broadcasts';
import { backgroundRequests, extensionOnlyRequests } from '../../../utils/messages/requests';
import { CHANNEL } from '../../../utils/messages/envelope';
import {
  createOwner,
  getArticle,
  getHighlight,
  listArticleCards,
  listHighlights,
  type Change,
} from '../../../utils/db';
import { toHighlight } from '../../../utils/schemas/canonical';
import { article, at, freshDb, highlight, related } from '../db/helpers';

const EXT = 'extension-id';
const ORIGIN = `chrome-extension://${EXT}/`;
/** The popup (an extension page, not in a tab). */
const POPUP: SenderLike = { id: EXT, url: `${ORIGIN}popup.html` };
/** A content script in tab 7 on the page at `url`. */
const pageAt = (url: string): SenderLike => ({ id: EXT, tab: { id: 7 }, frameId: 0, url });
/** The in-page frame in tab 7. */
const FRAME: SenderLike = { id: EXT, tab: { id: 7 }, frameId: 3, url: `${ORIGIN}frame.html` };

async function setUp() {
  const { db } = await freshDb();
  const badges: [number, BadgeState][] = [];
  const injected: [number, number][] = [];
  const framed: FrameState[] = [];
  const toTabs: { type: string; data: unknown }[] = [];
  const grants = createCommandGrants();
  let minute = 0;
  let ids = 0;
  let pageArticle = article(1);
  /** The address tab 7 shows. */
  let tabAddress = article(1).url;
  const changes: Change[] = [];
  /** Where the reader wants the toolbar (toolbar-sites), and the notes handed to the panel. */
  let toolbarWanted = true;
  const handed: [number, string, boolean][] = [];
  const owner = createOwner({
    db: async () => db,
    now: () => at(++minute),
    announce: (c) => void changes.push(c),
  });
  const pageUi = createPageUi({
    db: async () => db,
    now: () => at(++minute),
    newId: () => `new${++ids}`,
    toFrame: (_tab, state) => void framed.push(state),
    toTab: async (_tab, _frame, type, data) => {
      toTabs.push({ type, data });
      return (type === 'tab/page-article' ? { article: pageArticle } : null) as never;
    },
    checkArticle: (value) => value as never,
    saveHighlight: async (_tab, a, h) => void (await owner.addHighlight(a, h)),
    recolor: async (id, color) => toHighlight(await owner.updateHighlight(id, { color })),
    handOver: async (tabId, id, panelOpened) => void handed.push([tabId, id, panelOpened]),
    toolbarWanted: async () => toolbarWanted,
    takeCommandGrant: (tabId) => grants.take(tabId),
  });
  const handlers = createBackgroundHandlers({
    db: async () => db,
    owner,
    setBadge: async (tabId, state) => void badges.push([tabId, state]),
    injectAnnotator: async (tabId, frameId) => void injected.push([tabId, frameId]),
    saveTab: (tabId) =>
      saveTab(
        {
          pageArticle: async () => pageArticle,
          tabUrl: async (id) => (id === 7 ? tabAddress : null),
          owner,
          saved: async (id) => void badges.push([id, 'saved']),
        },
        tabId,
      ),
    tabState: async () => ({ key: tabAddress, card: null, reachable: true }),
    pageUi,
  });
  const policy = { origin: ORIGIN, extensionOnly: extensionOnlyRequests };
  const send = (type: string, data: unknown, sender: SenderLike = pageAt(article(1).url)) =>
    dispatch(backgroundRequests, handlers, { channel: CHANNEL, type, data }, sender, EXT, policy);
  const showPage = (a: typeof pageArticle, address = tabAddress) => {
    pageArticle = a;
    tabAddress = address;
  };
  const wantToolbar = (on: boolean) => void (toolbarWanted = on);
  return {
    ...{ db, badges, injected, handlers, send, framed, toTabs, grants, showPage, changes },
    ...{ handed, wantToolbar },
  };
}

describe('background handlers', () => {
  it.each([
    [article(1), false, 'quickread'],
    [article(1, { format: 'generic' }), false, 'none'],
    [null, false, 'none'],
    [article(1, { format: 'generic' }), true, 'saved'],
  ] as const)('badges %# as expected', (a, saved, state) => {
    expect(badgeFor(a, saved)).toBe(state);
  });

  it('marks a recognized quick-read page on its tab, and a saved one as saved', async () => {
    const { send, badges } = await setUp();
    const found = { article: { url: article(1).url, format: 'quickread' } };
    await send('page/found', found);
    expect(badges).toEqual([[7, 'quickread']]);
    await send('article/save', { tabId: 7 }, POPUP);
    await send('page/found', found);
    expect(badges.at(-1)).toEqual([7, 'saved']);
  });

  it('saving twice updates one record instead of adding another', async () => {
    const { send, db, showPage } = await setUp();
    showPage(article(1, { related: [related(1)] }));
    const first = await send('article/save', { tabId: 7 }, POPUP);
    showPage(article(1, { title: '新标题' }));
    const second = await send('article/save', { tabId: 7 }, POPUP);
    expect(first?.ok && second?.ok).toBe(true);
    const cards = await listArticleCards(db);
    expect(cards.map((c) => c.title)).toEqual(['新标题']);
  });

  it('highlighting an unsaved article saves it, and the page then lists the highlight', async () => {
    const { send, db } = await setUp();
    const add = { article: article(2), highlight: highlight('h1', { note: '私人笔记' }) };
    const reply = await send('highlight/add', add, POPUP);
    expect(reply).toMatchObject({ ok: true, value: { id: 'h1' } });
    expect(await getArticle(db, article(2).url)).toMatchObject({ url: article(2).url });
    const listed = await send('page/highlights', { url: article(2).url }, pageAt(article(2).url));
    expect(listed).toMatchObject({ ok: true, value: [{ id: 'h1' }] });
    // The page learns where and what color, never the note.
    expect(JSON.stringify(listed)).not.toContain('私人笔记');
    expect(Object.keys((listed as { value: object[] }).value[0]!).sort()).toEqual([
      'color',
      'id',
      'selector',
    ]);
  });

  it('updates and deletes a highlight', async () => {
    const { send, db } = await setUp();
    await send('highlight/add', { article: article(3), highlight: highlight('h2') }, POPUP);
    const update = { id: 'h2', note: '重要', color: 'green' };
    const updated = await send('highlight/update', update, POPUP);
    // The reply names the highlight; the library holds the change.
    expect(updated).toEqual({ ok: true, value: { id: 'h2' } });
    expect(await getHighlight(db, 'h2')).toMatchObject({ note: '重要', color: 'green' });
    expect(await send('highlight/delete', { id: 'h2' }, POPUP)).toEqual({ ok: true, value: null });
    const own = pageAt(article(3).url);
    expect(await send('page/highlights', { url: article(3).url }, own)).toEqual({
      ok: true,
      value: [],
    });
  });

  it("writes a highlight's tags, cleaned, and never shows them to the page", async () => {
    const { send, db } = await setUp();
    await send('highlight/add', { article: article(3), highlight: highlight('h3') }, POPUP);
    const tagged = await send(
      'highlight/update',
      { id: 'h3', tags: [' 芯片 ', 'AI', 'ai'] },
      POPUP,
    );
    expect(tagged).toEqual({ ok: true, value: { id: 'h3' } });
    expect((await getHighlight(db, 'h3'))?.tags).toEqual(['芯片', 'AI']);
    const own = pageAt(article(3).url);
    const listed = await send('page/highlights', { url: article(3).url }, own);
    expect(Object.keys((listed as { value: object[] }).value[0]!).sort()).toEqual([
      'color',
      'id',
      'selector',
    ]);
    await send('highlight/update', { id: 'h3', tags: [] }, POPUP);
    expect(await getHighlight(db, 'h3')).not.toHaveProperty('tags');
  });

  it('injects the annotator into the frame that asked for it', async () => {
    const { handlers, injected } = await setUp();
    await handlers['page/annotate'](
      {},
      { tabId: 4, frameId: 2, url: 'https://a.example/', extensionPage: false },
    );
    expect(injected).toEqual([[4, 2]]);
  });

  it('counts the highlights of a page that is not an article', async () => {
    const { send } = await setUp();
    const page = article(9, { format: 'generic' });
    await send('highlight/add', { article: page, highlight: highlight('a') }, POPUP);
    await send('highlight/add', { article: page, highlight: highlight('b') }, POPUP);
    const there = pageAt(page.url);
    expect(await send('page/highlight-count', { url: page.url }, there)).toEqual({
      ok: true,
      value: 2,
    });
    const elsewhere = pageAt(article(10).url);
    expect(await send('page/highlight-count', { url: article(10).url }, elsewhere)).toEqual({
      ok: true,
      value: 0,
    });
  });

  it('answers a failure in words instead of throwing', async () => {
    const { send } = await setUp();
    const reply = await send('highlight/update', { id: 'missing', note: 'x' }, POPUP);
    expect(reply).toMatchObject({ ok: false, code: 'not-found' });
  });
});

describe('replies carry ids and cards, not whole records', () => {
  it('a save answers the head without the body; a note, the address', async () => {
    const { send, db, showPage } = await setUp();
    showPage(article(1, { related: [related(1)], bodyText: '正文'.repeat(500) }));
    const saved = await send('article/save', { tabId: 7 }, POPUP);
    expect(saved).toMatchObject({ ok: true, value: { url: article(1).url } });
    const head = (saved as { value: Record<string, unknown> }).value;
    expect(head).not.toHaveProperty('bodyText');
    expect(head.related).toEqual([related(1)]);
    const noted = await send('article/note', { url: article(1).url, note: '笔记' }, POPUP);
    expect(noted).toEqual({ ok: true, value: { url: article(1).url } });
    // Positive control: the library holds the whole record.
    expect(await getArticle(db, article(1).url)).toMatchObject({
      note: '笔记',
      bodyText: '正文'.repeat(500),
    });
  });

  it('tags answer the cleaned tags; links and restores answer addresses', async () => {
    const { send, showPage } = await setUp();
    showPage(article(1, { related: [related(1)] }));
    await send('article/save', { tabId: 7 }, POPUP);
    const tags = await send(
      'article/tags',
      { url: article(1).url, tags: [' AI ', 'ai', '模型'] },
      POPUP,
    );
    expect(tags).toEqual({ ok: true, value: { url: article(1).url, tags: ['AI', '模型'] } });
    const link = { ...related(1) };
    expect(await send('link/later', { link, keep: true }, POPUP)).toEqual({
      ok: true,
      value: { url: link.url },
    });
    expect(await send('link/read', { url: link.url, read: true }, POPUP)).toEqual({
      ok: true,
      value: { url: link.url },
    });
    const gone = await send('article/delete', { url: article(1).url }, POPUP);
    // A deletion answers what undo needs: the whole record.
    const deleted = (gone as { value: { article: { bodyText: string } } }).value;
    expect(deleted.article.bodyText).toBe(article(1).bodyText);
    expect(await send('article/restore', { deleted }, POPUP)).toEqual({
      ok: true,
      value: { url: article(1).url },
    });
    const many = await send('articles/delete', { urls: [article(1).url] }, POPUP);
    const all = (many as { value: unknown[] }).value;
    expect(await send('articles/restore', { deleted: all }, POPUP)).toEqual({
      ok: true,
      value: [article(1).url],
    });
  });

  it('a page that changes its own highlight’s color never hears its note', async () => {
    const { send } = await setUp();
    const own = article(3);
    await send(
      'highlight/add',
      { article: own, highlight: highlight('h9', { note: '私人笔记' }) },
      POPUP,
    );
    const reply = await send('highlight/update', { id: 'h9', color: 'pink' }, pageAt(own.url));
    expect(reply).toEqual({ ok: true, value: { id: 'h9' } });
    expect(JSON.stringify(reply)).not.toContain('私人笔记');
  });
});

describe('the requests only the extension’s own pages may send', () => {
  it('are the library’s writes, saves, tab state and sync', () => {
    expect([...extensionOnlyRequests].sort()).toEqual(
      [
        'article/delete',
        'article/note',
        'article/restore',
        'article/save',
        'article/tags',
        'articles/delete',
        'articles/restore',
        'highlight/restore',
        'link/later',
        'link/read',
        'sync/run',
        'tab/state',
        'tags/edit',
        'tags/rename',
      ].sort(),
    );
    for (const type of extensionOnlyRequests) expect(backgroundRequests).toHaveProperty([type]);
  });
});

describe('message checks', () => {
  it('refuses messages from another extension', async () => {
    const { send } = await setUp();
    const reply = await send('article/save', { tabId: 7 }, { id: 'other', tab: { id: 1 } });
    expect(reply).toMatchObject({ ok: false, code: 'sender' });
  });

  it('refuses an unknown message type', async () => {
    const { send } = await setUp();
    expect(await send('db/drop', {})).toMatchObject({ ok: false, code: 'type' });
  });

  it.each([
    ['a javascript: article url', { article: article(1, { url: 'javascript:alert(1)' }) }],
    ['a missing field', { article: { ...article(1), title: undefined } }],
    ['an unknown extra field', { article: { ...article(1), extra: 1 } }],
    [
      'a related link that is not http(s)',
      { article: article(1, { related: [related(1, { url: 'data:text/html,x' })] }) },
    ],
  ])('refuses a page that answers %s, and stores nothing', async (_name, data) => {
    const { send, db, showPage } = await setUp();
    showPage(data.article as never);
    const reply = await send('article/save', { tabId: 7 }, POPUP);
    expect(reply).toMatchObject({ ok: false, code: 'errPageNotSavable' });
    expect(await listArticleCards(db)).toEqual([]);
    // Positive control: the same tab answering a well-formed article is saved.
    showPage(article(1));
    expect(await send('article/save', { tabId: 7 }, POPUP)).toMatchObject({ ok: true });
  });

  it.each([
    ['no tab', {}],
    ['an article instead of a tab', { article: article(1) }],
    ['a negative tab', { tabId: -1 }],
  ])('refuses a save request with %s', async (_name, data) => {
    const { send, db } = await setUp();
    expect(await send('article/save', data, POPUP)).toMatchObject({ ok: false, code: 'invalid' });
    expect(await listArticleCards(db)).toEqual([]);
  });

  it('leaves messages of other senders for other listeners', async () => {
    const { handlers } = await setUp();
    const reply = await dispatch(backgroundRequests, handlers, { action: 'x' }, { id: EXT }, EXT);
    expect(reply).toBeUndefined();
  });
});

describe('each request is tied to its sender', () => {
  const other = article(5);
  const sel = { exact: '苹果', prefix: '', suffix: '', start: 0, end: 2 };

  it('a page reads only its own highlights, whatever URL it names', async () => {
    const { send } = await setUp();
    await send('highlight/add', { article: other, highlight: highlight('theirs') }, POPUP);
    const asked = await send('page/highlights', { url: other.url }, pageAt(article(1).url));
    expect(asked).toEqual({ ok: true, value: [] });
    const counted = await send('page/highlight-count', { url: other.url }, pageAt(article(1).url));
    expect(counted).toEqual({ ok: true, value: 0 });
    // Positive control: the page at that address gets them.
    const own = await send('page/highlights', { url: other.url }, pageAt(other.url));
    expect(own).toMatchObject({ ok: true, value: [{ id: 'theirs' }] });
  });

  it('a page with tracking parameters reads the highlights of its canonical address', async () => {
    const { send } = await setUp();
    await send('highlight/add', { article: other, highlight: highlight('mine') }, POPUP);
    const reply = await send('page/highlights', { url: other.url }, pageAt(`${other.url}?utm_x=1`));
    expect(reply).toMatchObject({ ok: true, value: [{ id: 'mine' }] });
  });

  it('a save keeps the tab’s own address, whatever its page claims; a page cannot save', async () => {
    const { send, db, badges, showPage } = await setUp();
    showPage(other, article(1).url);
    const page = await send('article/save', { tabId: 7 }, pageAt(article(1).url));
    expect(page).toMatchObject({ ok: false, code: 'sender' });
    const unknown = await send('article/save', { tabId: 3 }, POPUP);
    expect(unknown).toMatchObject({ ok: false, code: 'errPageNotSavable' });
    expect(badges.some(([tab]) => tab === 3)).toBe(false);
    // Positive control: the popup names the tab; the tab's own address decides.
    const popup = await send('article/save', { tabId: 7 }, POPUP);
    expect(popup).toMatchObject({ ok: true, value: { url: article(1).url } });
    expect(await getArticle(db, other.url)).toBeNull();
    expect(badges.at(-1)).toEqual([7, 'saved']);
  });

  it('a page badges its tab by its own address', async () => {
    const { send, badges } = await setUp();
    await send('highlight/add', { article: other, highlight: highlight('x') }, POPUP);
    const claim = { url: other.url, format: other.format };
    await send('page/found', { article: claim }, pageAt(article(1).url));
    expect(badges.at(-1)).toEqual([7, 'quickread']);
  });

  it('a page cannot add highlights by itself', async () => {
    const { send, db } = await setUp();
    const reply = await send('highlight/add', { article: article(1), highlight: highlight('x') });
    expect(reply).toMatchObject({ ok: false, code: 'sender' });
    expect(await getArticle(db, article(1).url)).toBeNull();
  });

  it("a page cannot change or delete another page's highlight", async () => {
    const { send } = await setUp();
    await send('highlight/add', { article: other, highlight: highlight('theirs') }, POPUP);
    const page = pageAt(article(1).url);
    const changed = await send('highlight/update', { id: 'theirs', note: 'x' }, page);
    expect(changed).toMatchObject({ ok: false, code: 'sender' });
    expect(await send('highlight/delete', { id: 'theirs' }, page)).toMatchObject({
      ok: false,
      code: 'sender',
    });
    // Positive control: the page of that article may.
    expect(await send('highlight/delete', { id: 'theirs' }, pageAt(other.url))).toEqual({
      ok: true,
      value: null,
    });
  });

  it('only the extension frame answers for the reader, and only for a pending selection', async () => {
    const { send, framed } = await setUp();
    const fromPage = await send('frame/add', { color: 'green' });
    expect(fromPage).toMatchObject({ ok: false, code: 'sender' });
    expect(await send('frame/add', { color: 'green' }, FRAME)).toMatchObject({
      ok: false,
      code: 'sender',
    });
    const fromFrame = await send(
      'ui/toolbar',
      { selector: sel, canonical: null, theme: 'light' },
      FRAME,
    );
    expect(fromFrame).toMatchObject({ ok: false, code: 'sender' });
    // Positive control: the page reports the reader's selection, the frame adds it.
    expect(await send('ui/toolbar', { selector: sel, canonical: null, theme: 'dark' })).toEqual({
      ok: true,
      value: { shown: true },
    });
    expect(framed.at(-1)).toEqual({
      kind: 'toolbar',
      theme: 'dark',
      token: expect.any(Number),
      tabId: 7,
      painted: null,
    });
    const added = await send('frame/add', { color: 'green' }, FRAME);
    expect(added).toMatchObject({ ok: true, value: { id: 'new1' } });
    expect(await send('frame/add', { color: 'green' }, FRAME)).toMatchObject({ ok: false });
  });

  it('the frame cannot send a note: frame/add takes a color only, and the highlight has none', async () => {
    const { send, db } = await setUp();
    await send('ui/toolbar', { selector: sel, canonical: null, theme: 'light' });
    const withNote = await send('frame/add', { color: 'green', note: 'planted' }, FRAME);
    expect(withNote).toMatchObject({ ok: false, code: 'invalid' });
    // Positive control: the same request without a note adds the highlight, with an empty note.
    expect(await send('frame/add', { color: 'green' }, FRAME)).toMatchObject({ ok: true });
    const saved = await listHighlights(db, article(1).url);
    expect(saved.map((h) => [h.id, h.note, h.color])).toEqual([['new1', '', 'green']]);
  });

  it('frame/update and frame/delete are no requests any more', async () => {
    const { send, framed } = await setUp();
    await send('highlight/add', { article: article(1), highlight: highlight('mine') }, POPUP);
    await send('ui/painted', { id: 'mine', canonical: null, theme: 'light' });
    expect(framed.at(-1)).toMatchObject({ kind: 'toolbar', painted: { id: 'mine' } });
    const update = await send('frame/update', { id: 'mine', note: 'x', color: 'blue' }, FRAME);
    expect(update).toMatchObject({ ok: false, code: 'type' });
    expect(await send('frame/delete', { id: 'mine' }, FRAME)).toMatchObject({
      ok: false,
      code: 'type',
    });
    // Positive control: the painted highlight is still there, unchanged.
    const listed = await send('page/highlights', { url: article(1).url });
    expect(listed).toMatchObject({ ok: true, value: [{ id: 'mine', color: 'yellow' }] });
  });

  it('offers the toolbar only where the reader wants it', async () => {
    const { send, framed, wantToolbar } = await setUp();
    wantToolbar(false);
    expect(await send('ui/toolbar', { selector: sel, canonical: null, theme: 'light' })).toEqual({
      ok: true,
      value: { shown: false },
    });
    expect(framed).toEqual([]);
    // Nothing is pending: the frame cannot add what was not offered.
    expect(await send('frame/add', { color: 'green' }, FRAME)).toMatchObject({ ok: false });
    // Positive control: where the reader wants it, it is shown.
    wantToolbar(true);
    expect(await send('ui/toolbar', { selector: sel, canonical: null, theme: 'light' })).toEqual({
      ok: true,
      value: { shown: true },
    });
    expect(framed.at(-1)).toMatchObject({ kind: 'toolbar', painted: null });
  });

  it('the page is told only ids, colors and selectors', async () => {
    const { send, toTabs } = await setUp();
    await send('ui/toolbar', { selector: sel, canonical: null, theme: 'light' });
    await send('frame/add', { color: 'pink' }, FRAME);
    expect(toTabs.map((m) => m.type)).toEqual(['tab/page-article', 'tab/paint', 'tab/frame']);
    expect(toTabs[1]!.data).toEqual({ items: [{ id: 'new1', color: 'pink', selector: sel }] });
  });

  it('a painted highlight shows its colors and Note only: the frame gets no text or note', async () => {
    const { send, framed } = await setUp();
    const mine = highlight('mine', { note: '只给读者看的笔记', color: 'blue' });
    await send('highlight/add', { article: article(1), highlight: mine }, POPUP);
    await send('ui/painted', { id: 'mine', canonical: null, theme: 'light' });
    expect(framed.at(-1)).toEqual({
      kind: 'toolbar',
      theme: 'light',
      token: expect.any(Number),
      tabId: 7,
      painted: { id: 'mine', color: 'blue' },
    });
    expect(JSON.stringify(framed)).not.toContain('只给读者看的笔记');
    expect(JSON.stringify(framed)).not.toContain(mine.text);
  });

  it('the frame shows only a highlight of the page, and recolors only that one', async () => {
    const { send, framed, toTabs, db } = await setUp();
    await send('highlight/add', { article: other, highlight: highlight('theirs') }, POPUP);
    await send('highlight/add', { article: article(1), highlight: highlight('mine') }, POPUP);
    const opened = await send('ui/painted', { id: 'theirs', canonical: null, theme: 'light' });
    expect(opened).toMatchObject({ ok: false, code: 'sender' });
    // No painted highlight is shown: a color has nothing to act on.
    expect(await send('frame/color', { color: 'blue' }, FRAME)).toMatchObject({
      ok: false,
      code: 'sender',
    });
    await send('ui/painted', { id: 'mine', canonical: null, theme: 'light' });
    expect(framed.at(-1)).toMatchObject({ kind: 'toolbar', painted: { id: 'mine' } });
    // The page cannot pick the color itself.
    expect(await send('frame/color', { color: 'pink' })).toMatchObject({ code: 'sender' });
    const right = await send('frame/color', { color: 'blue' }, FRAME);
    expect(right).toEqual({ ok: true, value: null });
    expect(toTabs.at(-1)).toEqual({
      type: 'tab/paint',
      data: { items: [{ id: 'mine', color: 'blue', selector: highlight('mine').selector }] },
    });
    const colors = async (url: string) =>
      (await listHighlights(db, url)).map((h) => [h.id, h.color]);
    expect(await colors(article(1).url)).toEqual([['mine', 'blue']]);
    expect(await colors(other.url)).toEqual([['theirs', 'yellow']]);
    // Undo: the old color again. The toolbar stays open for it.
    expect(await send('frame/color', { color: 'yellow' }, FRAME)).toEqual({
      ok: true,
      value: null,
    });
    expect(await colors(article(1).url)).toEqual([['mine', 'yellow']]);
  });

  it('Note adds a selection as a highlight and hands it to the side panel, never the page', async () => {
    const { send, handed, toTabs, framed, db } = await setUp();
    expect(await send('frame/note', { color: 'green', panelOpened: false }, FRAME)).toMatchObject({
      ok: false,
    });
    expect(handed).toEqual([]);
    await send('ui/toolbar', { selector: sel, canonical: null, theme: 'light' });
    // Only the frame may press Note.
    expect(await send('frame/note', { color: 'green', panelOpened: false })).toMatchObject({
      code: 'sender',
    });
    const noted = await send('frame/note', { color: 'green', panelOpened: true }, FRAME);
    expect(noted).toEqual({ ok: true, value: { id: 'new1' } });
    expect(handed).toEqual([[7, 'new1', true]]);
    expect((await listHighlights(db, article(1).url)).map((h) => [h.id, h.color])).toEqual([
      ['new1', 'green'],
    ]);
    // The frame closes and the page hides it; the page is told no note.
    expect(framed.at(-1)).toEqual({ kind: 'none' });
    expect(toTabs.at(-1)).toEqual({ type: 'tab/frame', data: { open: false } });
  });

  it('Note on a painted highlight hands that one over, adding nothing', async () => {
    const { send, handed, db } = await setUp();
    await send('highlight/add', { article: article(1), highlight: highlight('mine') }, POPUP);
    await send('ui/painted', { id: 'mine', canonical: null, theme: 'light' });
    const noted = await send('frame/note', { color: 'pink', panelOpened: false }, FRAME);
    expect(noted).toEqual({ ok: true, value: { id: 'mine' } });
    expect(handed).toEqual([[7, 'mine', false]]);
    const saved = await listHighlights(db, article(1).url);
    expect(saved.map((h) => [h.id, h.color])).toEqual([['mine', 'yellow']]);
  });

  it('a page highlights its selection only right after the reader used the shortcut or menu', async () => {
    const { send, grants } = await setUp();
    const data = { selector: sel, canonical: null };
    expect(await send('page/highlight-selection', data)).toMatchObject({
      ok: false,
      code: 'sender',
    });
    grants.give(7);
    expect(await send('page/highlight-selection', data)).toMatchObject({ ok: true });
    expect(await send('page/highlight-selection', data)).toMatchObject({
      ok: false,
      code: 'sender',
    });
  });
});

describe('requests only the extension’s own pages may send', () => {
  it.each([...extensionOnlyRequests])('refuses %s from a content script', async (type) => {
    const { send } = await setUp();
    const reply = await send(type, {}, pageAt('https://news.example/a'));
    expect(reply).toMatchObject({ ok: false, code: 'sender' });
  });

  it('accepts the same request from the popup', async () => {
    const { send, changes, showPage } = await setUp();
    showPage(article(8), article(8).url);
    await send('article/save', { tabId: 7 }, POPUP);
    const reply = await send('article/delete', { url: article(8).url }, POPUP);
    expect(reply).toMatchObject({ ok: true, value: { article: { url: article(8).url } } });
    expect(changes.at(-1)?.articles).toEqual([article(8).url]);
  });
});
