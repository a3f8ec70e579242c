import '../zod-config'; // first: before any schema is built
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import type { Change } from '../db/changes';
import type { HighlightColor } from '../highlight-colors';
import { MAX_ID_CHARS } from '../limits';
import { CHANNEL } from './envelope';

/*
 * What the background tells the extension's documents without being asked: the change feed (to
 * every open page of the extension), what the in-page frame shows (over the frame's port) and the
 * highlight the reader clicked (over the side panel's port), and what the side panel tells the
 * background on its port. Each is checked with `zod/mini` (the frame is shown inside pages) by the
 * one that hears it. Sending and hearing them: `client.ts`.
 */

const Id = z.string().check(z.minLength(1), z.maxLength(MAX_ID_CHARS));
const TabId = z.int().check(z.nonnegative());
const message = <T extends string, D extends z.ZodMiniType>(type: T, data: D) =>
  z.object({ channel: z.literal(CHANNEL), type: z.literal(type), data });

// The change feed.

/** The change feed's message type: the background sends it after every committed write. */
export const CHANGES_TYPE = 'changes';

const ChangeMessageSchema = message(
  CHANGES_TYPE,
  z.object({
    articles: z.array(z.string()),
    highlights: z.array(z.string()),
    links: z.array(z.string()),
    all: z.boolean(),
    /** Who wrote it; anything but sync reads as this device. */
    source: z.catch(z.optional(z.literal('sync')), undefined),
  }),
);

export interface ChangeMessage {
  channel: typeof CHANNEL;
  type: typeof CHANGES_TYPE;
  data: Change;
}

export function changeMessage(change: Change): ChangeMessage {
  return { channel: CHANNEL, type: CHANGES_TYPE, data: change };
}

/** Is `message` the change feed's, sent by the extension's own background or pages? */
export function asChange(
  message: unknown,
  sender: { id?: string; url?: string },
  extension: { id: string; origin: string },
): Change | null {
  if (sender.id !== extension.id || !sender.url?.startsWith(extension.origin)) return null;
  const parsed = ChangeMessageSchema.safeParse(message);
  if (!parsed.success) return null;
  const { source, ...lists } = parsed.data.data;
  return source ? { ...lists, source } : lists;
}

/**
 * Hear every change to the library made anywhere (this window or another, the page, sync), for
 * the extension's own documents. Returns the unsubscribe function.
 */
export function subscribeChanges(listener: (change: Change) => void): () => void {
  const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const onMessage = (message: unknown, sender: { id?: string; url?: string }) => {
    const change = asChange(message, sender, extension);
    if (change) listener(change);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}

/** Send a change to the extension's open documents (from the background). */
export async function broadcastChange(change: Change): Promise<void> {
  try {
    await browser.runtime.sendMessage(changeMessage(change));
  } catch {
    // no extension page is open to hear it
  }
}

// The in-page frame's port.

/** The page's own light or dark look, which the in-page frame follows. */
export type FrameTheme = 'light' | 'dark';

/**
 * What the in-page extension frame shows, sent by the background over the frame's port (never
 * through the page). The frame only ever offers harmless, undoable actions: colors, Highlight, and
 * Note, which hands over to the side panel. No note text and no delete reach it.
 */
export type FrameState =
  | { kind: 'none' }
  /** The reader selected text (`painted` null) or clicked a painted highlight (its id, color). */
  | {
      kind: 'toolbar';
      theme: FrameTheme;
      token: number;
      /** The tab the frame is in (Chrome opens the side panel for it from the frame's click). */
      tabId: number;
      painted: { id: string; color: HighlightColor } | null;
    }
  | { kind: 'notice'; theme: FrameTheme; token: number; message: string };

// The side panel's port: the panel says which tab it shows; the background passes on the
// highlight the reader clicked in that tab.

export const PANEL_FOLLOW = 'panel/follow';
export const PANEL_SELECT = 'panel/select';

const FollowMessageSchema = message(
  PANEL_FOLLOW,
  // What is not a tab or a window id reads as none.
  z.object({ tabId: z.catch(z.nullable(TabId), null), windowId: z.catch(z.nullable(TabId), null) }),
);
const SelectMessageSchema = message(PANEL_SELECT, z.object({ id: Id }));

/** What the panel tells the background: the tab it shows. */
export interface FollowMessage {
  channel: typeof CHANNEL;
  type: typeof PANEL_FOLLOW;
  data: { tabId: number | null; windowId: number | null };
}

/** What a panel says it follows, if `message` is that (anything else is ignored). */
export function followedTab(message: unknown): FollowMessage['data'] | null {
  const parsed = FollowMessageSchema.safeParse(message);
  return parsed.success ? parsed.data.data : null;
}

/** The message that selects highlight `id` in a side panel. */
export function selectMessage(id: string) {
  return { channel: CHANNEL, type: PANEL_SELECT, data: { id } };
}

/** The id of the highlight the reader clicked on the page, if `message` is a selection. */
export function selectedId(message: unknown): string | null {
  const parsed = SelectMessageSchema.safeParse(message);
  return parsed.success ? parsed.data.data.id : null;
}
