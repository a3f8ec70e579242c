import { describe, expect, it } from 'vitest';
import { asChange, changeMessage } from '../../../utils/messages/broadcasts';
import { change } from '../../../utils/db';

const extension = { id: 'ext', origin: 'chrome-extension://ext/' };
const fromBackground = { id: 'ext', url: 'chrome-extension://ext/background.js' };

describe('hearing the change feed', () => {
  it('takes a change sent by the extension', () => {
    const c = change({ articles: ['https://a.example/1'], highlights: ['h'] });
    expect(asChange(changeMessage(c), fromBackground, extension)).toEqual(c);
  });

  it('ignores a change sent from a page (a content script) or another extension', () => {
    const message = changeMessage(change({ all: true }));
    expect(asChange(message, { id: 'ext', url: 'https://evil.example/' }, extension)).toBeNull();
    expect(asChange(message, { id: 'other', url: fromBackground.url }, extension)).toBeNull();
    expect(asChange(message, fromBackground, extension)).not.toBeNull(); // positive control
  });

  it('ignores a change whose lists are not lists of strings', () => {
    const message = { ...changeMessage(change({})), data: { articles: [1, 'u'], all: 'yes' } };
    expect(asChange(message, fromBackground, extension)).toBeNull();
    const partial = { ...changeMessage(change({})), data: { articles: ['u'] } };
    expect(asChange(partial, fromBackground, extension)).toBeNull();
    // Positive control: the same lists, well formed, are heard.
    const good = changeMessage(change({ articles: ['u'] }));
    expect(asChange(good, fromBackground, extension)).toEqual(change({ articles: ['u'] }));
  });

  it('carries who wrote a change: sync, or no one named (this device)', () => {
    const synced = change({ articles: ['u'], source: 'sync' });
    expect(asChange(changeMessage(synced), fromBackground, extension)).toEqual(synced);
    const odd = { ...changeMessage(change({})), data: { ...change({}), source: 'page' } };
    expect(asChange(odd, fromBackground, extension)).toEqual(change({}));
    expect(change({}).source).toBeUndefined();
  });
});
