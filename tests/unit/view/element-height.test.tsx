// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useRef } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useElementHeight } from '../../../utils/view/use-element-height';

/** A ResizeObserver the test drives: `notify()` is the browser reporting a size after layout. */
class FakeObserver {
  static all: FakeObserver[] = [];
  observed: Element[] = [];
  constructor(private readonly callback: () => void) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {
    this.observed = [];
  }
  notify() {
    this.callback();
  }
}

function Box({ seen }: { seen: (height: number) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  seen(useElementHeight(ref, 320));
  return <div ref={ref} />;
}

describe('useElementHeight', () => {
  let root: HTMLElement;
  let restore = () => {};
  afterEach(() => {
    render(null, root);
    restore();
    vi.unstubAllGlobals();
    FakeObserver.all = [];
  });

  it('reads no size while rendering (no forced layout); takes the size the observer reports', async () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    // Every element's height is read through this spy, from the first render on.
    const reads = vi.fn(() => 480);
    const own = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      get: reads,
      configurable: true,
    });
    restore = () =>
      own
        ? Object.defineProperty(HTMLElement.prototype, 'clientHeight', own)
        : delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
    const heights: number[] = [];
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<Box seen={(h) => heights.push(h)} />, root));
    const box = root.firstElementChild!;

    expect(reads).not.toHaveBeenCalled();
    expect(heights.at(-1)).toBe(320);
    expect(FakeObserver.all[0]?.observed).toEqual([box]);

    // Positive control: once the browser reports the size, the height follows it.
    await act(() => FakeObserver.all[0]!.notify());
    expect(reads).toHaveBeenCalledTimes(1);
    expect(heights.at(-1)).toBe(480);

    render(null, root);
    expect(FakeObserver.all[0]?.observed).toEqual([]);
  });

  it('keeps the fallback where nothing can measure', async () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const heights: number[] = [];
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<Box seen={(h) => heights.push(h)} />, root));
    expect(heights).toEqual([320]);
  });
});
