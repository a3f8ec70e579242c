// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe as group, expect, it, vi } from 'vitest';
import {
  ENGLISH_PAGE_LABELS as labels,
  HighlightEditor,
  HighlightToolbar,
  PAGE_UI_CSS,
} from '../../../components/page';
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

function type(field: HTMLTextAreaElement, value: string) {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

afterEach(() => {
  document.body.replaceChildren();
});

function toolbar(overrides: Partial<Parameters<typeof HighlightToolbar>[0]> = {}) {
  const props = {
    x: 100,
    y: 40,
    viewportWidth: 1000,
    colors: HIGHLIGHT_COLORS,
    color: 'green' as const,
    onColor: vi.fn(),
    note: '',
    onNote: vi.fn(),
    onAdd: vi.fn(),
    onClose: vi.fn(),
    labels,
    ...overrides,
  };
  return { props, root: mount(<HighlightToolbar {...props} />) };
}

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

  it('opens a note field on request and reports what is typed', () => {
    const { props, root } = toolbar();
    expect(root.querySelector('textarea')).toBeNull();
    const addNote = Array.from(root.querySelectorAll('button')).find(
      (b) => b.textContent === labels.addNote,
    );
    act(() => addNote?.click());
    type(root.querySelector('textarea') as HTMLTextAreaElement, 'worth a follow-up');
    expect(props.onNote).toHaveBeenCalledWith('worth a follow-up');
  });

  it('closes on Escape pressed in the page, and keeps the page selection on clicks', () => {
    const { props, root } = toolbar();
    pressKey(document.body, 'Escape');
    expect(props.onClose).toHaveBeenCalledOnce();
    const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    byTestId(root, 'highlight-add').dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
  });

  it('stays inside the visible width of the page', () => {
    const { root } = toolbar({ x: 5000, viewportWidth: 1000 });
    expect(byTestId(root, 'highlight-toolbar').style.left).toBe('728px');
  });
});

group('the highlight editor', () => {
  const highlight = {
    id: 'h1',
    text: 'Quoted <img src=x onerror="alert(1)"> text',
    note: 'old note',
    color: 'yellow' as const,
  };

  function editor() {
    const props = {
      x: 10,
      y: 10,
      highlight,
      onSave: vi.fn(),
      onDelete: vi.fn(),
      onClose: vi.fn(),
      labels,
    };
    return { props, root: mount(<HighlightEditor {...props} />) };
  }

  it('shows the highlighted text as text and focuses the note', () => {
    const { root } = editor();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('blockquote')?.textContent).toBe(highlight.text);
    const note = byTestId<HTMLTextAreaElement>(root, 'highlight-note');
    expect(note.value).toBe('old note');
    expect(root.activeElement).toBe(note);
  });

  it('saves the edited note and color, with the button or Ctrl+Enter', () => {
    const { props, root } = editor();
    type(byTestId(root, 'highlight-note'), 'new note');
    act(() => (root.querySelector('[data-color="blue"]') as HTMLElement).click());
    act(() => byTestId(root, 'highlight-save').click());
    expect(props.onSave).toHaveBeenLastCalledWith('new note', 'blue');
    pressKey(byTestId(root, 'highlight-note'), 'Enter', { ctrlKey: true });
    expect(props.onSave).toHaveBeenCalledTimes(2);
  });

  it('deletes on its button and closes on Escape', () => {
    const { props, root } = editor();
    act(() => byTestId(root, 'highlight-delete').click());
    expect(props.onDelete).toHaveBeenCalledOnce();
    pressKey(byTestId(root, 'highlight-note'), 'Escape');
    expect(props.onClose).toHaveBeenCalledOnce();
  });
});

group('the in-page style sheet', () => {
  it("follows the page's light or dark look, not the system's color scheme", () => {
    expect(PAGE_UI_CSS).toContain('system-ui');
    expect(PAGE_UI_CSS).toContain("[data-theme='dark'] .ana-panel");
    expect(PAGE_UI_CSS).not.toContain('prefers-color-scheme');
  });
});
