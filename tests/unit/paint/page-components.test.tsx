// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe as group, expect, it, vi } from 'vitest';
import {
  ENGLISH_PAGE_LABELS as labels,
  FrameView,
  HighlightToolbar,
  PAGE_UI_CSS,
  PageNotice,
} from '../../../components/page';
import type { FrameState } from '../../../utils/messages/broadcasts';
import { HIGHLIGHT_COLORS } from '../../../utils/schemas/records';

/** Renders into an open shadow root, as the content script does. */
function mount(ui: preact.ComponentChild): ShadowRoot {
  const host = document.createElement('div');
  document.body.appendChild(host);
  const shadow = host.attachShadow({ mode: 'open' });
  act(() => render(ui, shadow as unknown as Element));
  return shadow;
}

function byTestId<T extends HTMLElement>(root: ParentNode, id: string): T {
  const element = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!element) throw new Error(`missing ${id}`);
  return element;
}

function pressKey(target: EventTarget, key: string, init: KeyboardEventInit = {}) {
  act(() => {
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...init }),
    );
  });
}

afterEach(() => {
  document.body.replaceChildren();
});

function toolbar(overrides: Partial<Parameters<typeof HighlightToolbar>[0]> = {}) {
  const props = {
    colors: HIGHLIGHT_COLORS,
    color: 'green' as const,
    onColor: vi.fn(),
    onAdd: vi.fn(),
    onNote: vi.fn(),
    onClose: vi.fn(),
    armed: true,
    labels,
    ...overrides,
  };
  return { props, root: mount(<HighlightToolbar {...props} />) };
}

const buttonNamed = (root: ParentNode, text: string) =>
  Array.from(root.querySelectorAll('button')).find((b) => b.textContent === text);

group('the highlight toolbar', () => {
  it('offers every color with the chosen one pressed, and highlights on its button', () => {
    const { props, root } = toolbar();
    const swatches = Array.from(root.querySelectorAll('[data-color]'));
    expect(swatches.map((s) => s.getAttribute('aria-label'))).toEqual([
      'Yellow',
      'Green',
      'Blue',
      'Pink',
      'Purple',
    ]);
    expect(swatches.map((s) => s.getAttribute('aria-pressed'))).toEqual([
      'false',
      'true',
      'false',
      'false',
      'false',
    ]);
    act(() => (swatches[3] as HTMLElement).click());
    expect(props.onColor).toHaveBeenCalledWith('pink');
    const add = byTestId(root, 'highlight-add');
    expect(add.textContent).toBe('Highlight');
    act(() => add.click());
    expect(props.onAdd).toHaveBeenCalledOnce();
  });

  it('has a Note button that hands over, and no note field and no delete', () => {
    const { props, root } = toolbar();
    const note = byTestId(root, 'highlight-note-open');
    expect(note.textContent).toBe(labels.addNote);
    expect(note.title).toBe(labels.noteInPanel);
    act(() => note.click());
    expect(props.onNote).toHaveBeenCalledOnce();
    expect(props.onAdd).not.toHaveBeenCalled();
    expect(root.querySelector('textarea, input, [contenteditable]')).toBeNull();
    expect(root.querySelector('[data-testid="highlight-delete"]')).toBeNull();
    expect(root.querySelector('[data-testid="highlight-note"]')).toBeNull();
    expect(buttonNamed(root, 'Delete')).toBeUndefined();
  });

  it('offers no Highlight button for a highlight already painted, still colors and Note', () => {
    const { root } = toolbar({ onAdd: undefined });
    expect(root.querySelector('[data-testid="highlight-add"]')).toBeNull();
    expect(root.querySelectorAll('[data-color]')).toHaveLength(HIGHLIGHT_COLORS.length);
    expect(root.querySelector('[data-testid="highlight-note-open"]')).not.toBeNull();
  });

  it('does nothing on a click while it is not armed (not verifiably visible)', () => {
    const { props, root } = toolbar({ armed: false });
    expect(byTestId(root, 'highlight-toolbar').dataset.armed).toBe('false');
    act(() => (root.querySelector('[data-color="pink"]') as HTMLElement).click());
    act(() => byTestId(root, 'highlight-add').click());
    act(() => byTestId(root, 'highlight-note-open').click());
    expect(props.onColor).not.toHaveBeenCalled();
    expect(props.onAdd).not.toHaveBeenCalled();
    expect(props.onNote).not.toHaveBeenCalled();
    // Positive control: armed, the same clicks act.
    const armed = toolbar({ armed: true });
    expect(byTestId(armed.root, 'highlight-toolbar').dataset.armed).toBe('true');
    act(() => (armed.root.querySelector('[data-color="pink"]') as HTMLElement).click());
    act(() => byTestId(armed.root, 'highlight-add').click());
    act(() => byTestId(armed.root, 'highlight-note-open').click());
    expect(armed.props.onColor).toHaveBeenCalledWith('pink');
    expect(armed.props.onAdd).toHaveBeenCalledOnce();
    expect(armed.props.onNote).toHaveBeenCalledOnce();
  });

  it('closes on Escape pressed in the page, and keeps the page selection on clicks', () => {
    const { props, root } = toolbar();
    pressKey(document.body, 'Escape');
    expect(props.onClose).toHaveBeenCalledOnce();
    const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    byTestId(root, 'highlight-add').dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
  });
});

group('a notice by the page', () => {
  it('stays inside the visible width of the page', () => {
    const props = { y: 40, viewportWidth: 1000, message: 'Storage is full', labels };
    const root = mount(<PageNotice {...props} x={5000} onClose={vi.fn()} />);
    // 1000 wide, less the toolbar's 266 and an 8 px margin.
    expect(byTestId(root, 'page-error').style.left).toBe('726px');
    const near = mount(<PageNotice {...props} x={100} onClose={vi.fn()} />);
    expect(byTestId(near, 'page-error').style.left).toBe('100px');
  });
});

/** A frame controller that records what the reader did. */
function fakeController(state: FrameState) {
  return {
    get: () => state,
    subscribe: () => () => undefined,
    color: vi.fn(),
    add: vi.fn(),
    note: vi.fn(),
    close: vi.fn(),
    size: vi.fn(),
  };
}
const shown = (painted: { id: string; color: 'blue' } | null): FrameState => ({
  kind: 'toolbar',
  theme: 'light',
  token: 1,
  tabId: 7,
  painted,
});

group('the in-page frame', () => {
  it('by a selection: a color is only chosen, Highlight and Note take it', () => {
    const controller = fakeController(shown(null));
    const root = mount(<FrameView controller={controller} labels={labels} armed />);
    act(() => (root.querySelector('[data-color="pink"]') as HTMLElement).click());
    expect(controller.color).not.toHaveBeenCalled();
    act(() => byTestId(root, 'highlight-add').click());
    expect(controller.add).toHaveBeenCalledWith('pink');
    act(() => byTestId(root, 'highlight-note-open').click());
    expect(controller.note).toHaveBeenCalledWith('pink');
    expect(root.querySelector('textarea')).toBeNull();
  });

  it('by a painted highlight: its color shown, colors and Note only, a color applies at once', () => {
    const controller = fakeController(shown({ id: 'h1', color: 'blue' }));
    const root = mount(<FrameView controller={controller} labels={labels} armed />);
    expect(root.querySelector('[data-color="blue"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('[data-testid="highlight-add"]')).toBeNull();
    expect(root.querySelector('[data-testid="highlight-delete"]')).toBeNull();
    expect(root.querySelector('textarea')).toBeNull();
    act(() => (root.querySelector('[data-color="green"]') as HTMLElement).click());
    expect(controller.color).toHaveBeenCalledWith('green');
    act(() => byTestId(root, 'highlight-note-open').click());
    expect(controller.note).toHaveBeenCalledWith('green');
    expect(controller.add).not.toHaveBeenCalled();
  });

  it('passes no click on while not armed', () => {
    const controller = fakeController(shown({ id: 'h1', color: 'blue' }));
    const root = mount(<FrameView controller={controller} labels={labels} armed={false} />);
    act(() => (root.querySelector('[data-color="green"]') as HTMLElement).click());
    act(() => byTestId(root, 'highlight-note-open').click());
    expect(controller.color).not.toHaveBeenCalled();
    expect(controller.note).not.toHaveBeenCalled();
  });

  it('shows nothing when there is nothing to show', () => {
    const root = mount(
      <FrameView controller={fakeController({ kind: 'none' })} labels={labels} armed />,
    );
    expect(root.querySelector('[data-testid="highlight-toolbar"]')).toBeNull();
    expect(root.childNodes).toHaveLength(0);
  });
});

group('the in-page style sheet', () => {
  it("follows the page's light or dark look, not the system's color scheme", () => {
    expect(PAGE_UI_CSS).toContain('system-ui');
    expect(PAGE_UI_CSS).toContain("[data-theme='dark'] .ana-panel");
    expect(PAGE_UI_CSS).not.toContain('prefers-color-scheme');
  });
});
