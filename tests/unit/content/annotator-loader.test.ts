import { describe, expect, it } from 'vitest';
import {
  createAnnotatorLoader,
  registerAnnotator,
  registeredAnnotator,
  ANNOTATOR_KEY,
  type AnnotatorApi,
} from '../../../utils/content/annotator-api';

function fakeApi(calls: string[]): AnnotatorApi {
  return {
    onNavigate: () => void calls.push('navigate'),
    recheck: () => true,
  };
}

describe('loading the annotator where it is needed', () => {
  it('injects it once, however many callers wait for it', async () => {
    const scope = {};
    const calls: string[] = [];
    let injections = 0;
    const loader = createAnnotatorLoader(scope, async () => {
      injections++;
      registerAnnotator(scope, fakeApi(calls));
    });
    expect(loader.loaded()).toBe(false);
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    expect(a).toBe(b);
    await loader.load();
    expect(injections).toBe(1);
    expect(loader.loaded()).toBe(true);
  });

  it('says so when the injection did not register it, and tries again next time', async () => {
    const scope = {};
    let attempts = 0;
    const loader = createAnnotatorLoader(scope, async () => {
      attempts++;
      if (attempts === 2) registerAnnotator(scope, fakeApi([]));
    });
    await expect(loader.load()).rejects.toThrow(/could not be loaded/);
    await expect(loader.load()).resolves.toHaveProperty('onNavigate');
    expect(loader.loaded()).toBe(true);
    expect(attempts).toBe(2);
  });

  it('is not fooled by a page element named like its key (DOM clobbering)', async () => {
    // Named elements show through the window's prototype chain, never as own properties.
    const scope = Object.create({ [ANNOTATOR_KEY]: { onNavigate: 'clobbered' } });
    let injections = 0;
    const loader = createAnnotatorLoader(scope, async () => {
      injections++;
      registerAnnotator(scope, fakeApi([]));
    });
    expect(loader.loaded()).toBe(false);
    expect(typeof (await loader.load()).onNavigate).toBe('function');
    expect(injections).toBe(1);
    expect(registeredAnnotator(scope)).toBe(await loader.load());
  });
});
