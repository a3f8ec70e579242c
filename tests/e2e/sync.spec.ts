import { test as base } from '@playwright/test';
import { Buffer } from 'node:buffer';
import { backgroundWorker, expect, getTabId } from './fixtures';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { PAGES_ROOT } from './fixtures';
import { highlightWithNote, openPanelFor, paintedCount } from './page-text';
import { NOTE_CONFLICT_SEPARATOR } from '../../utils/sync/merge';
// @ts-expect-error: a plain .mjs helper shared with the unit tests and the bench
import { startApache } from '../webdav/server.mjs';
// @ts-expect-error: a plain .mjs helper shared with the unit tests and the bench
import { START } from '../webdav/servers.mjs';
import {
  ask,
  configure,
  filesUnder,
  openProfile,
  readLibrary,
  syncNow,
  type Account,
  type Profile,
} from './sync-helpers';

interface Apache {
  url: string;
  davRoot: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

const PASSAGE = '基础模型团队负责人庞若鸣宣布加入Meta';
const NOTE = '人才流失的关键一步';

/** Two browser profiles and one Apache WebDAV server, fresh for each test. */
const test = base.extend<{ apache: Apache; pages: StaticServer; a: Profile; b: Profile }>({
  // eslint-disable-next-line no-empty-pattern
  apache: async ({}, use) => {
    const apache: Apache = await startApache();
    await use(apache);
    await apache.stop();
  },
  // eslint-disable-next-line no-empty-pattern
  pages: async ({}, use) => {
    const server = await startStaticServer(PAGES_ROOT);
    await use(server);
    await server.close();
  },
  // eslint-disable-next-line no-empty-pattern
  a: async ({}, use) => {
    const p = await openProfile();
    await use(p);
    await p.close();
  },
  // eslint-disable-next-line no-empty-pattern
  b: async ({}, use) => {
    const p = await openProfile();
    await use(p);
    await p.close();
  },
});

const account = (apache: Apache, extra: Partial<Account> = {}): Account => ({
  url: apache.url,
  user: apache.user,
  password: apache.password,
  ...extra,
});

/** Save the seed article with a highlight and its note, by selecting text on the page. */
async function highlightOnPage(p: Profile, pages: StaticServer): Promise<void> {
  const page = await p.context.newPage();
  await page.goto(pages.url('quickread-wordpress.html'));
  const sw = await backgroundWorker(p.context);
  const tabId = await getTabId(sw, page);
  const panel = await openPanelFor(p.context, new URL(sw.url()).host, tabId);
  await highlightWithNote(page, PASSAGE, NOTE, panel);
  await panel.close();
  await expect.poll(() => paintedCount(page)).toBe(1);
  await page.close();
}

test.describe('sync through a WebDAV server (Apache httpd, mod_dav_fs)', () => {
  test('save + highlight in A → sync → B has them; a note edited on both keeps both texts; delete in A → gone in B', async ({
    apache,
    pages,
    a,
    b,
  }) => {
    await expect(a.options.getByTestId('sync-status')).toHaveAttribute('data-state', 'off');
    await highlightOnPage(a, pages);
    const inA = await readLibrary(a);
    expect(inA.articles).toHaveLength(1);
    expect(inA.highlights.map((h) => h.note)).toEqual([NOTE]);

    await configure(a, account(apache));
    await syncNow(a);
    await configure(b, account(apache));
    await syncNow(b);
    expect(await readLibrary(b)).toEqual(inA);

    // The same article note, edited on both before either syncs.
    const url = inA.articles[0]!.url;
    await ask(a, 'article/note', { url, note: '在公司写的' });
    await ask(b, 'article/note', { url, note: '在家写的' });
    await syncNow(a);
    await syncNow(b);
    await syncNow(a);
    const both = `在公司写的${NOTE_CONFLICT_SEPARATOR}在家写的`;
    expect((await readLibrary(a)).articles[0]!.note).toBe(both);
    expect((await readLibrary(b)).articles[0]!.note).toBe(both);

    await ask(a, 'article/delete', { url });
    await syncNow(a);
    await syncNow(b);
    expect(await readLibrary(b)).toEqual({ articles: [], highlights: [] });
    await syncNow(a);
    expect(await readLibrary(a)).toEqual({ articles: [], highlights: [] });
  });

  test('both sync at the same moment: nothing is lost', async ({ apache, pages, a, b }) => {
    await highlightOnPage(a, pages);
    await configure(a, account(apache));
    await configure(b, account(apache));
    await syncNow(a);
    await syncNow(b);
    const url = (await readLibrary(a)).articles[0]!.url;
    const highlightId = (await readLibrary(a)).highlights[0]!.id;
    await ask(a, 'article/note', { url, note: 'A 的笔记' });
    await ask(b, 'highlight/update', { id: highlightId, note: 'B 的划线笔记' });
    await Promise.all([syncNow(a), syncNow(b)]);
    await Promise.all([syncNow(a), syncNow(b)]);
    for (const p of [a, b]) {
      const lib = await readLibrary(p);
      expect(lib.articles[0]!.note).toBe('A 的笔记');
      expect(lib.highlights[0]!.note).toBe('B 的划线笔记');
    }
  });

  test('a wrong password gives an error status and leaves the library as it was', async ({
    apache,
    pages,
    a,
  }) => {
    await highlightOnPage(a, pages);
    const before = await readLibrary(a);
    await configure(a, account(apache, { password: 'not-the-password' }));
    await syncNow(a, 'error');
    await expect(a.options.getByTestId('sync-status')).toContainText('401');
    expect(await readLibrary(a)).toEqual(before);
    // Positive control: the same steps with the right password sync.
    await configure(a, account(apache));
    await syncNow(a, 'ok');
  });

  test('an encrypted remote: the files on the server hold no title or note in clear', async ({
    apache,
    pages,
    a,
    b,
  }) => {
    await highlightOnPage(a, pages);
    const lib = await readLibrary(a);
    await configure(a, account(apache, { passphrase: '正确的口令 correct horse' }));
    await syncNow(a);
    const files = filesUnder(apache.davRoot);
    // Positive control: the manifest and at least one encrypted data file are there to look in.
    expect(files.some((f) => f.path.endsWith('manifest.json'))).toBe(true);
    expect(files.filter((f) => f.path.endsWith('.enc')).length).toBeGreaterThan(0);
    const secrets = [lib.articles[0]!.title, NOTE, PASSAGE];
    for (const { path, bytes } of files) {
      for (const secret of secrets) {
        expect(bytes.includes(Buffer.from(secret)), `${secret} in ${path}`).toBe(false);
      }
    }
    // A wrong passphrase is told apart; the right one brings the library over.
    await configure(b, account(apache, { passphrase: 'wrong' }));
    await syncNow(b, 'error');
    await expect(b.options.getByTestId('sync-status')).toContainText('passphrase');
    expect(await readLibrary(b)).toEqual({ articles: [], highlights: [] });
    await configure(b, account(apache, { passphrase: '正确的口令 correct horse' }));
    await syncNow(b);
    expect(await readLibrary(b)).toEqual(lib);
  });
});

// Servers nobody here wrote: nginx (dav + dav_ext) and rclone overwrite on a create-only PUT and
// rclone keeps a cut upload; two profiles converge on each, also after an address is retyped.
for (const kind of ['nginx', 'rclone'] as const) {
  test.describe(`sync through ${kind}`, () => {
    test('set up at the same moment, edits on both, then the address retyped (127.0.0.1 → localhost): both converge', async ({
      pages,
      a,
      b,
    }) => {
      test.setTimeout(180_000); // six syncs through two browsers on a shared 2-core machine
      const server: Apache = await START[kind]();
      try {
        await highlightOnPage(a, pages);
        const acct = { url: server.url, user: server.user, password: server.password };
        await configure(a, acct);
        await configure(b, acct);
        await Promise.all([syncNow(a), syncNow(b)]);
        await Promise.all([syncNow(a), syncNow(b)]);
        await syncNow(a);
        await syncNow(b);
        expect(await readLibrary(b)).toEqual(await readLibrary(a));
        // The reader retypes the address on A: A starts afresh; its later edits still reach B.
        await configure(a, { ...acct, url: server.url.replace('127.0.0.1', 'localhost') });
        await expect(a.options.getByTestId('sync-url-warning')).toHaveAttribute(
          'data-level',
          'warn',
        );
        const url = (await readLibrary(a)).articles[0]!.url;
        await ask(a, 'article/note', { url, note: `${kind} 之后的笔记` });
        await syncNow(a);
        await syncNow(b);
        const lib = await readLibrary(b);
        expect(lib.articles[0]!.note).toContain(`${kind} 之后的笔记`);
        await syncNow(a);
        expect(await readLibrary(a)).toEqual(lib);
      } finally {
        await server.stop();
      }
    });
  });
}
