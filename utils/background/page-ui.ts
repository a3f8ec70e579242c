/**
 * The background's side of the in-page highlight UI. The page's content script reports only where
 * the reader selected (a selector) or which painted highlight they clicked (an id); the extension
 * frame shown over the page reports what the reader chose: a color, Highlight, or Note. Between
 * the two the background keeps, per tab, the pending selection or the painted highlight shown, and
 * it alone writes: with the selector it holds, under the address of the frame that reported it.
 * Notes are never written in the page: Note hands the highlight over to the side panel.
 */
import { listHighlights, type Db } from '../db';
import type { DispatchContext, HandlerMap } from '../messages/dispatch';
import type { FrameState, FrameTheme } from '../messages/broadcasts';
import type { TabRequestOf, TabType } from '../messages/tab-requests';
import type { TabResponses, UiResponses } from '../messages/replies';
import { uiRequests } from '../messages/requests';
import type { Article } from '../schemas/article';
import type { Highlight, HighlightColor, Selector } from '../schemas/records';
import { articleOfAnswer } from './page-answer';
import { pageKey } from './page-key';

/** What one tab's in-page UI is doing. */
interface TabUi {
  /** The content script's frame that opened it, and that frame's address (`sender.url`). */
  frameId: number;
  url: string;
  canonical: string | null;
  theme: FrameTheme;
  /** The reader's selection, for the toolbar. */
  selector: Selector | null;
  /** The painted highlight the reader clicked, for its colors and Note. */
  painted: string | null;
  /** What the frame was last told to show (for a frame that connects later). */
  shown?: FrameState;
}

export interface PageUiDeps {
  db: () => Promise<Db>;
  now: () => string;
  newId: () => string;
  /** Send the frame(s) of a tab what to show. */
  toFrame: (tabId: number, state: FrameState) => void;
  /** Ask one frame's content script. */
  toTab: <T extends TabType>(
    tabId: number,
    frameId: number,
    type: T,
    data: TabRequestOf<T>,
  ) => Promise<TabResponses[T]>;
  /** Check an article the page sent (zod), or null. */
  checkArticle: (value: unknown) => Article | null;
  /** Save a highlight, and its article when it is not saved yet; then badge the tab. */
  saveHighlight: (tabId: number, article: Article, highlight: Highlight) => Promise<void>;
  recolor: (id: string, color: HighlightColor) => Promise<Highlight>;
  /**
   * Show highlight `id` of tab `tabId` with its note focused where no page can draw: the side panel
   * that shows the tab (`panelOpened`: the frame opened it in the reader's click), else a small
   * extension window (utils/background/note-handoff.ts).
   */
  handOver: (tabId: number, id: string, panelOpened: boolean) => Promise<void>;
  /** Whether the reader wants the toolbar on the page at `url` in tab `tabId` (toolbar-sites). */
  toolbarWanted: (tabId: number, url: string) => Promise<boolean>;
  /** Whether a browser command or menu entry for this tab was just used (consumed once). */
  takeCommandGrant: (tabId: number) => boolean;
}

export class Refusal extends Error {
  readonly code = 'sender';
}

const refuse = (why: string) => new Refusal(`Refused: ${why}`);

/** A content script in a tab, speaking for its own http(s) page. */
function pageSender(ctx: DispatchContext): { tabId: number; url: string } {
  if (ctx.extensionPage || ctx.tabId == null || !ctx.url) throw refuse('not a page in a tab');
  return { tabId: ctx.tabId, url: ctx.url };
}

/** An extension document inside a tab: the in-page frame. */
function frameSender(ctx: DispatchContext): number {
  if (!ctx.extensionPage || ctx.tabId == null) throw refuse('not the extension frame');
  return ctx.tabId;
}

/** Each tab's in-page UI: what its frame shows, and on which page (by the content script's frame). */
function createTabUis(deps: PageUiDeps) {
  const tabs = new Map<number, TabUi>();
  let token = 0;
  const close = (tabId: number) => {
    tabs.delete(tabId);
    deps.toFrame(tabId, { kind: 'none' });
  };
  const hideFrame = (tabId: number, ui: TabUi) =>
    deps.toTab(tabId, ui.frameId, 'tab/frame', { open: false }).catch(() => null);
  return {
    get: (tabId: number) => tabs.get(tabId),
    nextToken: () => ++token,
    close,
    hideFrame,
    show(tabId: number, ui: TabUi, state: FrameState) {
      ui.shown = state;
      tabs.set(tabId, ui);
      deps.toFrame(tabId, state);
    },
    /** Close the frame after an action, and hide it on the page. */
    async done(tabId: number, ui: TabUi) {
      close(tabId);
      await hideFrame(tabId, ui);
    },
    /** The tab's UI as the frame reports on it: its selection or painted highlight. */
    of(ctx: DispatchContext) {
      const tabId = frameSender(ctx);
      return { tabId, ui: tabs.get(tabId) };
    },
    forget: (tabId: number) => void tabs.delete(tabId),
  };
}
type TabUis = ReturnType<typeof createTabUis>;

/** The highlight `id` of the page the tab's UI was opened on, or a refusal. */
async function highlightOf(deps: PageUiDeps, ui: TabUi, id: string): Promise<Highlight> {
  const key = pageKey(ui.url, ui.canonical);
  const found = key ? (await listHighlights(await deps.db(), key)).find((h) => h.id === id) : null;
  if (!found) throw refuse('no such highlight on this page');
  return found;
}

/** Save `sel` as a highlight of the page at `url` (the sender's address) in one tab's frame. */
async function save(
  deps: PageUiDeps,
  at: { tabId: number; frameId: number; url: string; canonical: string | null },
  sel: Selector,
  color: HighlightColor,
) {
  const { tabId, frameId } = at;
  const reply = await deps.toTab(tabId, frameId, 'tab/page-article', {});
  const article = deps.checkArticle(articleOfAnswer(reply));
  const key = pageKey(at.url, article?.url ?? at.canonical);
  if (!article || !key) throw new Error('This page cannot be saved.');
  const now = deps.now();
  const highlight: Highlight = {
    id: deps.newId(),
    text: sel.exact,
    note: '',
    color,
    createdAt: now,
    updatedAt: now,
    selector: sel,
  };
  await deps.saveHighlight(tabId, { ...article, url: key }, highlight);
  await deps.toTab(tabId, frameId, 'tab/paint', {
    items: [{ id: highlight.id, color, selector: sel }],
  });
  return highlight.id;
}

/** The highlight the frame acts on: the painted one shown, or the selection saved as one. */
async function target(
  deps: PageUiDeps,
  tabId: number,
  ui: TabUi | undefined,
  color: HighlightColor,
) {
  if (ui?.painted) return (await highlightOf(deps, ui, ui.painted)).id;
  if (!ui?.selector) throw refuse('nothing is selected');
  return save(deps, { tabId, ...ui }, ui.selector, color);
}

type UiHandlers = HandlerMap<typeof uiRequests, UiResponses>;

/** What the page's content script reports: the reader's selection, a click on a highlight. */
function pageHandlers(deps: PageUiDeps, tabs: TabUis) {
  return {
    async 'ui/toolbar'({ selector, canonical, theme }, ctx) {
      const { tabId, url } = pageSender(ctx);
      if (!(await deps.toolbarWanted(tabId, url))) return { shown: false };
      const ui: TabUi = { frameId: ctx.frameId, url, canonical, theme, selector, painted: null };
      const token = tabs.nextToken();
      tabs.show(tabId, ui, { kind: 'toolbar', theme, token, tabId, painted: null });
      return { shown: true };
    },
    async 'ui/painted'({ id, canonical, theme }, ctx) {
      const { tabId, url } = pageSender(ctx);
      const ui: TabUi = {
        frameId: ctx.frameId,
        url,
        canonical,
        theme,
        selector: null,
        painted: id,
      };
      const h = await highlightOf(deps, ui, id);
      const painted = { id: h.id, color: h.color };
      tabs.show(tabId, ui, { kind: 'toolbar', theme, token: tabs.nextToken(), tabId, painted });
      return null;
    },
    async 'ui/close'(_data, ctx) {
      const { tabId } = pageSender(ctx);
      const ui = tabs.get(tabId);
      if (ui && ui.frameId === ctx.frameId) tabs.close(tabId);
      return null;
    },
    async 'page/highlight-selection'({ selector, canonical }, ctx) {
      const { tabId, url } = pageSender(ctx);
      if (!deps.takeCommandGrant(tabId)) throw refuse('no shortcut or menu entry was used');
      const at = { tabId, frameId: ctx.frameId, url, canonical };
      return { id: await save(deps, at, selector, 'yellow') };
    },
  } satisfies Partial<UiHandlers>;
}

/** What the extension frame reports: the reader's color, Highlight, Note, or its size. */
function frameHandlers(deps: PageUiDeps, tabs: TabUis) {
  return {
    async 'frame/add'({ color }, ctx) {
      const { tabId, ui } = tabs.of(ctx);
      if (!ui?.selector) throw refuse('nothing is selected');
      const id = await save(deps, { tabId, ...ui }, ui.selector, color);
      await tabs.done(tabId, ui);
      return { id };
    },
    async 'frame/color'({ color }, ctx) {
      const { tabId, ui } = tabs.of(ctx);
      if (!ui?.painted) throw refuse('no highlight is shown');
      const h = await highlightOf(deps, ui, ui.painted);
      const updated = await deps.recolor(h.id, color);
      await deps.toTab(tabId, ui.frameId, 'tab/paint', {
        items: [{ id: h.id, color: updated.color, selector: h.selector }],
      });
      return null;
    },
    async 'frame/note'({ color, panelOpened }, ctx) {
      const { tabId, ui } = tabs.of(ctx);
      const id = await target(deps, tabId, ui, color);
      if (ui) await tabs.done(tabId, ui);
      await deps.handOver(tabId, id, panelOpened);
      return { id };
    },
    async 'frame/close'(_data, ctx) {
      const { tabId, ui } = tabs.of(ctx);
      tabs.close(tabId);
      if (ui) await tabs.hideFrame(tabId, ui);
      return null;
    },
    async 'frame/size'({ width, height }, ctx) {
      const { tabId, ui } = tabs.of(ctx);
      if (ui) await deps.toTab(tabId, ui.frameId, 'tab/frame', { open: true, width, height });
      return null;
    },
  } satisfies Partial<UiHandlers>;
}

export function createPageUi(deps: PageUiDeps) {
  const tabs = createTabUis(deps);
  const handlers: UiHandlers = { ...pageHandlers(deps, tabs), ...frameHandlers(deps, tabs) };
  return {
    handlers,
    /** What a newly connected frame of `tabId` should show. */
    stateFor: (tabId: number): FrameState => tabs.get(tabId)?.shown ?? { kind: 'none' },
    /** A tab navigated or closed: forget its UI. */
    forget: tabs.forget,
    /** Tell the reader, in the frame, that what they did was not kept. */
    notice(tabId: number, message: string) {
      const theme = tabs.get(tabId)?.theme ?? 'light';
      deps.toFrame(tabId, { kind: 'notice', theme, token: tabs.nextToken(), message });
    },
  };
}
export type PageUi = ReturnType<typeof createPageUi>;

/** Where no in-page UI is wired (some tests): every request of it is refused. */
export function noPageUi(): Pick<PageUi, 'handlers'> {
  const refused = async () => {
    throw refuse('no in-page highlight UI here');
  };
  const handlers = Object.fromEntries(Object.keys(uiRequests).map((k) => [k, refused]));
  return { handlers: handlers as unknown as PageUi['handlers'] };
}
