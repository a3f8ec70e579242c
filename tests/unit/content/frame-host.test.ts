import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { lazyFrameHost } from '../../../utils/content/annotator/frame-host';

const SRC = 'chrome-extension://ext/frame.html';
const box = { left: 10, top: 20, right: 60, bottom: 40 };

function page() {
  const win = new Window({ url: 'https://news.example.com/a.html' });
  win.document.write('<!doctype html><html><body><p>text</p></body></html>');
  return win.document as unknown as Document;
}

describe('the in-page frame, built on first use', () => {
  it('is built once, when asked for, and placed visible by its anchor', () => {
    const doc = page();
    const errors: unknown[] = [];
    const frames = lazyFrameHost(doc, SRC, (e) => errors.push(e));
    expect(frames.built()).toBeNull();
    expect(doc.querySelector('ana-frame-host')).toBeNull();
    const host = frames.get();
    expect(host).not.toBeNull();
    expect(frames.get()).toBe(host);
    expect(frames.built()).toBe(host);
    host!.open({ first: box, last: box, rtl: false }, 266, 92);
    expect(host!.isOpen()).toBe(true);
    expect(doc.querySelectorAll('ana-frame-host')).toHaveLength(1);
    host!.close();
    expect(host!.isOpen()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('where building fails, reports it once and answers no frame, without trying again', () => {
    const doc = page();
    let tries = 0;
    const broken = new Proxy(doc, {
      get(target, key) {
        if (key === 'defaultView') {
          tries++;
          throw new Error('no window here');
        }
        return Reflect.get(target, key);
      },
    });
    const errors: unknown[] = [];
    const frames = lazyFrameHost(broken, SRC, (e) => errors.push(e));
    expect(frames.get()).toBeNull();
    expect(frames.get()).toBeNull();
    expect(frames.built()).toBeNull();
    expect(tries).toBe(1);
    expect(errors).toHaveLength(1);
  });
});
