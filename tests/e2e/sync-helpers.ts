import type { BrowserContext, Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNEL } from '../../utils/messages/envelope';
import { backgroundWorker, expect, launchWithExtension } from './fixtures';

/** One browser profile with the extension, and its options page. */
export interface Profile {
  context: BrowserContext;
  id: string;
  options: Page;
  close(): Promise<void>;
}

export async function openProfile(): Promise<Profile> {
  const dir = mkdtempSync(join(tmpdir(), 'ana-sync-profile-'));
  const context = await launchWithExtension(dir);
  const sw = await backgroundWorker(context);
  const id = new URL(sw.url()).host;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  return {
    context,
    id,
    options,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Account {
  url: string;
  user: string;
  password: string;
  passphrase?: string;
}

/** Fill in the sync settings on the options page and save them. */
export async function configure(p: Profile, a: Account): Promise<void> {
  const o = p.options;
  await o.getByTestId('sync-url').fill(a.url);
  await o.getByTestId('sync-user').fill(a.user);
  await o.getByTestId('sync-password').fill(a.password);
  await o.getByTestId('sync-passphrase').fill(a.passphrase ?? '');
  // Automatic sync off: each test says when a device syncs.
  await o.getByTestId('sync-auto').setChecked(false);
  await o.getByTestId('sync-save').click();
}

/** Press "Sync now" and wait until the status says how it ended. */
export async function syncNow(p: Profile, expected: 'ok' | 'error' = 'ok'): Promise<void> {
  const status = p.options.getByTestId('sync-status');
  await p.options.getByTestId('sync-now').click();
  await expect(p.options.getByTestId('sync-now')).toBeEnabled({ timeout: 30_000 });
  await expect(status).toHaveAttribute('data-state', expected);
}

export interface LibraryView {
  articles: { url: string; title: string; note: string }[];
  highlights: { id: string; note: string; articleUrl: string }[];
}

/** The library as stored in the profile's IndexedDB (read from an extension page). */
export function readLibrary(p: Profile): Promise<LibraryView> {
  return p.options.evaluate(async () => {
    // Never create the database here: the extension creates it, with its upgrade steps.
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === 'ai-news-annotator')) return { articles: [], highlights: [] };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('ai-news-annotator');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const [articles, highlights] = await Promise.all([all('articles'), all('highlights')]);
    db.close();
    return {
      articles: (articles as { url: string; title: string; note: string }[])
        .map(({ url, title, note }) => ({ url, title, note }))
        .sort((a, b) => (a.url < b.url ? -1 : 1)),
      highlights: (highlights as { id: string; note: string; articleUrl: string }[])
        .map(({ id, note, articleUrl }) => ({ id, note, articleUrl }))
        .sort((a, b) => (a.id < b.id ? -1 : 1)),
    };
  });
}

/** Write through the background's data owner, as the extension's pages do. */
export async function ask(p: Profile, type: string, data: unknown): Promise<unknown> {
  const reply = (await p.options.evaluate(
    ([channel, t, d]) => chrome.runtime.sendMessage({ channel, type: t, data: d }),
    [CHANNEL, type, data] as const,
  )) as { ok: boolean; value?: unknown; error?: string };
  if (!reply?.ok) throw new Error(`${type}: ${reply?.error}`);
  return reply.value;
}

/** Every file under `dir`, with its bytes. */
export function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
  const out: { path: string; bytes: Buffer }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push({ path, bytes: readFileSync(path) });
  }
  return out;
}
