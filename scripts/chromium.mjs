// How the demo, the end-to-end tests and the benchmarks start Chromium with the extension.

/** The Chromium to use: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * Flags that load the unpacked extension at `extensionPath` and keep Chromium quiet on a machine
 * without network: no background requests, component updates, sync or first-run pages.
 */
export function extensionArgs(extensionPath) {
  return [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

/** Extra flags for automated runs (headless, often as root in CI). */
export const AUTOMATION_ARGS = ['--no-sandbox', '--disable-gpu'];
