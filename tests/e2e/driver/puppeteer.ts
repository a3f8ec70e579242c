// The journeys' driver over puppeteer-core and Firefox (WebDriver BiDi): the Firefox build
// (.output/firefox-mv2-e2e) installed into a fresh profile of Debian's firefox-esr.
import { randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import type { Driver, DriverPage, LaunchOptions, Pick, Point, Scope } from './types';
import { tabIdByUrl } from './tab-id';

export const FIREFOX_BUILD = resolve('.output/firefox-mv2-e2e');
const POLL_MS = 50;
const LOAD_TIMEOUT_MS = 15_000;
/** How long a click or a fill waits for its element. */
const ACTION_TIMEOUT_MS = 10_000;

/** The Firefox to use: `FIREFOX_PATH`, else Debian's `/usr/bin/firefox-esr`. */
export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

/** The add-on id the Firefox build declares (`browser_specific_settings.gecko.id`). */
function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error('the Firefox build declares no gecko.id');
  return id;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The elements matching `selector`, open shadow roots included, narrowed by `pick`. */
async function find(target: Page | Frame, selector: string, pick?: Pick) {
  const all = await target.$$(`pierce/${selector}`);
  if (!pick?.hasText) return all;
  const { source, flags } = pick.hasText;
  const keep: ElementHandle<Element>[] = [];
  for (const el of all) {
    const label = await el.evaluate(
      (e) => `${e.textContent ?? ''} ${e.getAttribute('aria-label') ?? ''}`,
    );
    if (new RegExp(source, flags).test(label)) keep.push(el);
  }
  return keep;
}

/** The first element matching, waiting for one to appear (as Playwright's actions do). */
async function first(target: Page | Frame, selector: string, pick?: Pick) {
  const deadline = Date.now() + ACTION_TIMEOUT_MS;
  for (;;) {
    const [el] = await find(target, selector, pick);
    if (el) return el;
    if (Date.now() > deadline) throw new Error(`nothing matches ${selector} in ${target.url()}`);
    await sleep(POLL_MS);
  }
}

function scopeOf(target: Page | Frame, url: () => string = () => target.url()): Scope {
  return {
    url,
    evaluate: (fn, arg) => target.evaluate(fn as never, arg) as never,
    count: async (selector, pick) => (await find(target, selector, pick)).length,
    click: async (selector, pick) => (await first(target, selector, pick)).click(),
    fill: async (selector, text) => {
      const el = await first(target, selector);
      await el.click();
      await el.evaluate((e) => (e as HTMLInputElement).select());
      await el.type(text);
    },
    texts: async (selector) =>
      Promise.all(
        (await find(target, selector)).map((el) => el.evaluate((e) => e.textContent ?? '')),
      ),
    attribute: async (selector, name) => {
      const [el] = await find(target, selector);
      return el ? el.evaluate((e, n) => e.getAttribute(n), name) : null;
    },
    value: async (selector) =>
      (await first(target, selector)).evaluate((e) => (e as HTMLInputElement).value),
  };
}

/**
 * Navigate `page` to `url` and wait until it has loaded. Firefox's BiDi navigation to a
 * `moz-extension:` page may never report its end although the page loads, so `location` is polled.
 */
async function load(page: Page, url: string, reload = false): Promise<void> {
  const marker = randomUUID();
  if (reload) await page.evaluate((m) => ((window as unknown as { e2e: string }).e2e = m), marker);
  const navigating = reload ? page.evaluate(() => location.reload()) : page.goto(url);
  navigating.catch(() => undefined); // settles late or never for extension pages
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const state = await page
      .evaluate(() => ({
        href: location.href,
        ready: document.readyState,
        e2e: (window as unknown as { e2e?: string }).e2e,
      }))
      .catch(() => null);
    if (state?.href === url && state.ready === 'complete' && state.e2e !== marker) return;
    await sleep(POLL_MS);
  }
  throw new Error(`${url} did not load`);
}

class FirefoxPage implements DriverPage {
  private readonly scope: Scope;

  constructor(
    readonly page: Page,
    private address: string,
    private readonly downloads: string,
  ) {
    this.scope = scopeOf(page, () => this.address);
  }

  url = () => this.address;
  evaluate: Scope['evaluate'] = (fn, arg) => this.scope.evaluate(fn, arg);
  count: Scope['count'] = (s, p) => this.scope.count(s, p);
  click: Scope['click'] = (s, p) => this.scope.click(s, p);
  fill: Scope['fill'] = (s, t) => this.scope.fill(s, t);
  texts: Scope['texts'] = (s) => this.scope.texts(s);
  attribute: Scope['attribute'] = (s, n) => this.scope.attribute(s, n);
  value: Scope['value'] = (s) => this.scope.value(s);

  reload = () => load(this.page, this.address, true);
  /**
   * BiDi does not report a frame's navigation to a `moz-extension:` page (its `url()` stays
   * `about:blank`), so each frame is asked where it is.
   */
  frames = async () => {
    const children = this.page.frames().filter((f) => f !== this.page.mainFrame());
    return Promise.all(
      children.map(async (f) => {
        const href = await f.evaluate(() => location.href).catch(() => f.url());
        return scopeOf(f, () => href);
      }),
    );
  };
  mouseMove = (to: Point, steps = 1) => this.page.mouse.move(to.x, to.y, { steps });
  mouseDown = () => this.page.mouse.down();
  mouseUp = () => this.page.mouse.up();
  mouseClick = (at: Point) => this.page.mouse.click(at.x, at.y);

  async setInputFile(selector: string, name: string, content: string) {
    // Beside the downloads folder (removed with it when the browser closes), not inside it.
    const dir = mkdtempSync(`${this.downloads}-upload-`);
    writeFileSync(join(dir, name), content);
    const input = (await first(this.page, selector)) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(dir, name));
  }

  async download(selector: string) {
    const before = new Set(readdirSync(this.downloads));
    await this.click(selector);
    const deadline = Date.now() + LOAD_TIMEOUT_MS;
    // Firefox first makes an empty file under the final name beside its `.part` file (or writes a
    // file under a name of its own and renames it): a download is complete once no `.part` is
    // left and the same file has the same, non-zero size twice running.
    let last = '';
    while (Date.now() < deadline) {
      const files = readdirSync(this.downloads);
      const added = files.filter((f) => !before.has(f) && !f.endsWith('.part'));
      if (added.length === 1 && !files.some((f) => f.endsWith('.part'))) {
        const path = join(this.downloads, added[0]!);
        const size = sizeOf(path);
        const seen = `${added[0]} ${size}`;
        if (size > 0 && seen === last) {
          const text = readFileSync(path, 'utf8');
          rmSync(path);
          return text;
        }
        last = seen;
      }
      await sleep(POLL_MS);
    }
    throw new Error(`no download after clicking ${selector}`);
  }

  close = () => this.page.close();
}

/** A file's size; 0 when it is gone (Firefox renamed it meanwhile: the next look finds it). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

class PuppeteerDriver implements Driver {
  readonly engine = 'firefox';
  private probe: Promise<FirefoxPage> | undefined;

  constructor(
    private readonly browser: Browser,
    private readonly downloads: string,
    readonly extensionOrigin: string,
  ) {}

  async openPage(url: string) {
    const page = await this.browser.newPage();
    await load(page, url);
    return new FirefoxPage(page, url, this.downloads);
  }

  openExtensionPage(path: string) {
    return this.openPage(`${this.extensionOrigin}/${path}`);
  }

  /** An extension page kept open in a tab of its own, to ask the extension's APIs things. */
  private extensionApis() {
    this.probe ??= this.openExtensionPage('popup.html');
    return this.probe;
  }

  async tabIdOf(page: DriverPage) {
    // `tabs.query({ url })` ignores a URL's port in Firefox: list the tabs and compare instead.
    const probe = await this.extensionApis();
    const tabs = await probe.evaluate(async () => {
      const { browser } = globalThis as unknown as { browser: typeof chrome };
      return (await browser.tabs.query({})).map((t) => ({ id: t.id, url: t.url }));
    }, null);
    if (page instanceof FirefoxPage) await page.page.bringToFront();
    return tabIdByUrl(page.url(), tabs);
  }

  async badge(tabId: number) {
    const probe = await this.extensionApis();
    return probe.evaluate((id) => {
      const { browser } = globalThis as unknown as { browser: typeof chrome };
      // Manifest V2 (Firefox's build) names the toolbar button browserAction.
      const button =
        browser.action ??
        (browser as unknown as { browserAction: typeof chrome.action }).browserAction;
      return button.getBadgeText({ tabId: id });
    }, tabId);
  }

  async close() {
    await this.browser.close();
    rmSync(this.downloads, { recursive: true, force: true });
    for (const name of readdirSync(dirname(this.downloads)))
      if (name.startsWith(`${basename(this.downloads)}-upload-`))
        rmSync(join(dirname(this.downloads), name), { recursive: true, force: true });
  }
}

/** Firefox with the Firefox build installed, in a fresh profile. */
export async function launchFirefox(options: LaunchOptions = {}): Promise<Driver> {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json')))
    throw new Error(`no Firefox build at ${FIREFOX_BUILD}: run npm run build:e2e first`);
  const uuid = randomUUID();
  const downloads = mkdtempSync(join(tmpdir(), 'ana-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Lets the BiDi session open moz-extension:// pages (the popup as a tab).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // A fixed extension origin, known before the add-on is installed.
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: uuid }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return new PuppeteerDriver(browser, downloads, `moz-extension://${uuid}`);
}
