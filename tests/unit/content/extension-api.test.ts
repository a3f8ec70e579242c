import { describe, expect, it } from 'vitest';
import { extensionApi } from '../../../utils/content/extension-api';
import { noReceiver } from '../../../utils/messages/no-receiver';

/** A browser API object that counts how often its `runtime` is read. */
function realApi() {
  const reads = { runtime: 0 };
  const runtime = {
    id: 'ext',
    getURL: (p: string) => `chrome-extension://ext${p}`,
    sendMessage: async () => undefined,
    onMessage: { addListener: () => undefined },
  };
  const api = {
    get runtime() {
      reads.runtime++;
      return runtime;
    },
  };
  return { api, reads };
}

describe('the extension API as the page side takes it', () => {
  it('is not fooled by an element the page names `chrome`, and is read only when needed', () => {
    const { api, reads } = realApi();
    const clobbered: Record<string, unknown> = { chrome: { id: 'chrome' } }; // <form id="chrome">
    expect(extensionApi(clobbered)).toBeNull();
    // Positive control: the browser's own object is found, and its runtime is read only then.
    const scope: Record<string, unknown> = { browser: { id: 'x' }, chrome: api };
    expect(reads.runtime).toBe(0);
    expect(extensionApi(scope)?.runtime.getURL('/a')).toBe('chrome-extension://ext/a');
    expect(reads.runtime).toBeGreaterThan(0);
  });

  it('a page script injected later into the same world finds what the first one found', () => {
    const { api } = realApi();
    const scope: Record<string, unknown> = { browser: api };
    const first = extensionApi(scope);
    delete scope.browser;
    expect(extensionApi(scope)).toBe(first);
  });
});

describe('a tab where nothing listens yet', () => {
  it.each([
    ['Chromium', 'Could not establish connection. Receiving end does not exist.', true],
    ['Firefox', 'Could not establish connection. Receiving end does not exist.', true],
    ['a page where nothing can run', 'Cannot access contents of the page.', false],
    ['a listener that failed', 'The message port closed before a response was received.', false],
  ])('%s: “%s” means no receiver: %s', (_name, message, expected) => {
    expect(noReceiver(new Error(message))).toBe(expected);
  });
});
