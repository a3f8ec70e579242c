// What an end-to-end journey needs from a browser, written once for Chromium (Playwright) and
// Firefox (puppeteer over WebDriver BiDi). Journeys use only this; each browser implements it.

export type Engine = 'chromium' | 'firefox';

export interface Point {
  x: number;
  y: number;
}

/** Narrows a selector to the elements whose text or accessible label matches. */
export interface Pick {
  hasText?: RegExp;
}

/**
 * One document the tests act in: a tab or a frame inside it. Selectors are CSS and reach into open
 * shadow roots; every click and key is real input (trusted events), as a reader's would be.
 */
export interface Scope {
  url(): string;
  /** Run `fn(arg)` inside the document and return its (serializable) result. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  count(selector: string, pick?: Pick): Promise<number>;
  click(selector: string, pick?: Pick): Promise<void>;
  /** Replace the value of a text field by typing. */
  fill(selector: string, text: string): Promise<void>;
  /** The `textContent` of every matching element, in document order. */
  texts(selector: string): Promise<string[]>;
  attribute(selector: string, name: string): Promise<string | null>;
  value(selector: string): Promise<string>;
}

/** A browser tab. */
export interface DriverPage extends Scope {
  reload(): Promise<void>;
  /** The frames inside this tab now (not the tab's own document). */
  frames(): Promise<Scope[]>;
  /** Real mouse moves, press and release. */
  mouseMove(to: Point, steps?: number): Promise<void>;
  mouseDown(): Promise<void>;
  mouseUp(): Promise<void>;
  mouseClick(at: Point): Promise<void>;
  /** Give a file input the file `name` holding `content`. */
  setInputFile(selector: string, name: string, content: string): Promise<void>;
  /** Click what starts a download and return the downloaded file's text. */
  download(selector: string): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser's UI language (the extension's `i18n` follows it). */
  locale?: 'zh-CN';
}

/** A browser with the built extension installed, in a fresh profile of its own. */
export interface Driver {
  readonly engine: Engine;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  readonly extensionOrigin: string;
  openPage(url: string): Promise<DriverPage>;
  /** Open an extension page (e.g. `popup.html?tabId=3`) in a tab of its own. */
  openExtensionPage(path: string): Promise<DriverPage>;
  /** The id the browser gave the tab showing `page`. */
  tabIdOf(page: DriverPage): Promise<number>;
  /** The toolbar button's badge text for a tab. */
  badge(tabId: number): Promise<string>;
  close(): Promise<void>;
}

export type LaunchDriver = (options?: LaunchOptions) => Promise<Driver>;

/** `[data-testid="…"]`: the UI contract's test ids. */
export const byTestId = (id: string) => `[data-testid="${id}"]`;
