import { describe, expect, it } from 'vitest';
import {
  createBackgroundHandlers,
  badgeFor,
  type BadgeState,
} from '../../../utils/background/handlers';
import { dispatch } from '../../../utils/messages/dispatch';
import { backgroundRequests, extensionOnlyRequests } from '../../../utils/messages/protocol';
import { CHANNEL } from '../../../utils/messages/envelope';
import { createOwner, getArticle, listArticleCards, type Change } from '../../../utils/db';
import { article, at, freshDb, highlight, related } from '../db/helpers';

const EXT = 'extension-id';

async function setUp() {
  const { db } = await freshDb();
  const badges: [number, BadgeState][] = [];
  const injected: [number, number][] = [];
  let minute = 0;
  const changes: Change[] = [];
  const owner = createOwner({
    db: async () => db,
    now: () => at(++minute),
    announce: (c) => void changes.push(c),
  });
  const handlers = createBackgroundHandlers({
    db: async () => db,
    owner,
    setBadge: async (tabId, state) => void badges.push([tabId, state]),
    injectAnnotator: async (tabId, frameId) => void injected.push([tabId, frameId]),
  });
  const send = (type: string, data: unknown, sender = { id: EXT, tab: { id: 7 } }) =>
    dispatch(backgroundRequests, handlers, { channel: CHANNEL, type, data }, sender, EXT);
  return { db, badges, injected, handlers, send, changes };
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
    await send('page/found', { article: article(1) });
    expect(badges).toEqual([[7, 'quickread']]);
    await send('article/save', { article: article(1) });
    await send('page/found', { article: article(1) });
    expect(badges.at(-1)).toEqual([7, 'saved']);
  });

  it('saving twice updates one record instead of adding another', async () => {
    const { send, db } = await setUp();
    const first = await send('article/save', { article: article(1, { related: [related(1)] }) });
    const second = await send('article/save', { article: article(1, { title: '新标题' }) });
    expect(first?.ok && second?.ok).toBe(true);
    const cards = await listArticleCards(db);
    expect(cards.map((c) => c.title)).toEqual(['新标题']);
  });

  it('highlighting an unsaved article saves it, and the page then lists the highlight', async () => {
    const { send, db } = await setUp();
    const reply = await send('highlight/add', { article: article(2), highlight: highlight('h1') });
    expect(reply).toMatchObject({ ok: true, value: { id: 'h1' } });
    expect(await getArticle(db, article(2).url)).toMatchObject({ url: article(2).url });
    const listed = await send('page/highlights', { url: article(2).url });
    expect(listed).toMatchObject({ ok: true, value: [{ id: 'h1' }] });
  });

  it('updates and deletes a highlight', async () => {
    const { send } = await setUp();
    await send('highlight/add', { article: article(3), highlight: highlight('h2') });
    const updated = await send('highlight/update', { id: 'h2', note: '重要', color: 'green' });
    expect(updated).toMatchObject({ ok: true, value: { note: '重要', color: 'green' } });
    expect(await send('highlight/delete', { id: 'h2' })).toEqual({ ok: true, value: null });
    expect(await send('page/highlights', { url: article(3).url })).toEqual({ ok: true, value: [] });
  });

  it('injects the annotator into the frame that asked for it', async () => {
    const { handlers, injected } = await setUp();
    await handlers['page/annotate']({}, { tabId: 4, frameId: 2, url: null, extensionPage: false });
    expect(injected).toEqual([[4, 2]]);
  });

  it('counts the highlights of a page that is not an article', async () => {
    const { send } = await setUp();
    const page = article(9, { format: 'generic' });
    await send('highlight/add', { article: page, highlight: highlight('a') });
    await send('highlight/add', { article: page, highlight: highlight('b') });
    expect(await send('page/highlight-count', { url: page.url })).toEqual({ ok: true, value: 2 });
    expect(await send('page/highlight-count', { url: article(10).url })).toEqual({
      ok: true,
      value: 0,
    });
  });

  it('answers a failure in words instead of throwing', async () => {
    const { send } = await setUp();
    const reply = await send('highlight/update', { id: 'missing', note: 'x' });
    expect(reply).toMatchObject({ ok: false, code: 'not-found' });
  });
});

describe('message checks', () => {
  it('refuses messages from another extension', async () => {
    const { send } = await setUp();
    const reply = await send(
      'article/save',
      { article: article(1) },
      { id: 'other', tab: { id: 1 } },
    );
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
  ])('refuses a save with %s and stores nothing', async (_name, data) => {
    const { send, db } = await setUp();
    const reply = await send('article/save', data);
    expect(reply).toMatchObject({ ok: false, code: 'invalid' });
    expect(await listArticleCards(db)).toEqual([]);
  });

  it('leaves messages of other senders for other listeners', async () => {
    const { handlers } = await setUp();
    const reply = await dispatch(backgroundRequests, handlers, { action: 'x' }, { id: EXT }, EXT);
    expect(reply).toBeUndefined();
  });
});

describe('requests only the extension’s own pages may send', () => {
  const policy = {
    origin: 'chrome-extension://extension-id/',
    extensionOnly: extensionOnlyRequests,
  };
  const pageSender = { id: EXT, tab: { id: 7 }, url: 'https://news.example/a' };
  const popupSender = { id: EXT, url: 'chrome-extension://extension-id/popup.html' };

  it.each([...extensionOnlyRequests])('refuses %s from a content script', async (type) => {
    const { handlers } = await setUp();
    const reply = await dispatch(
      backgroundRequests,
      handlers,
      { channel: CHANNEL, type, data: {} },
      pageSender,
      EXT,
      policy,
    );
    expect(reply).toMatchObject({ ok: false, code: 'sender' });
  });

  it('accepts the same request from the popup', async () => {
    const { handlers, send, changes } = await setUp();
    await send('article/save', { article: article(8) });
    const reply = await dispatch(
      backgroundRequests,
      handlers,
      { channel: CHANNEL, type: 'article/delete', data: { url: article(8).url } },
      popupSender,
      EXT,
      policy,
    );
    expect(reply).toMatchObject({ ok: true, value: { article: { url: article(8).url } } });
    expect(changes.at(-1)?.articles).toEqual([article(8).url]);
  });
});
