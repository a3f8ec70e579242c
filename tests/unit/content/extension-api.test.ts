import { describe, expect, it } from 'vitest';
import { extensionApi, keepExtensionApi } from '../../../utils/content/extension-api';
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
  it('keeps the API at document start without reading its runtime', () => {
    const { api, reads } = realApi();
    const scope: Record<string, unknown> = { chrome: api };
    keepExtensionApi(scope);
    expect(reads.runtime).toBe(0);
    // Later, when there is work: the kept object is the one used.
    expect(extensionApi(scope)?.runtime.id).toBe('ext');
    expect(reads.runtime).toBeGreaterThan(0);
  });

  it('is not fooled by an element the page names `chrome` after document start', () => {
    const { api } = realApi();
    const scope: Record<string, unknown> = { chrome: api };
    keepExtensionApi(scope);
    scope.chrome = { id: 'chrome', runtime: undefined }; // <div id="chrome"> shadows the name
    const found = extensionApi(scope);
    expect(found?.runtime.getURL('/a')).toBe('chrome-extension://ext/a');
    // Positive control: without the kept object, the clobbered name gives nothing usable.
    const unkept: Record<string, unknown> = { chrome: { id: 'chrome' } };
    expect(extensionApi(unkept)).toBeNull();
  });

  it('the annotator, injected later into the same world, finds what was kept', () => {
    const { api } = realApi();
    const scope: Record<string, unknown> = { browser: api };
    keepExtensionApi(scope);
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
