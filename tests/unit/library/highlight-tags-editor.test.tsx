// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightTags } from '../../../components/shared/HighlightTags';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(tags: string[], onChange: (tags: string[]) => Promise<boolean>) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(<HighlightTags tags={tags} view="hub" listId="names" onChange={onChange} />, root);
  });
  // The field opens from its "+" button, focused.
  expect(root.querySelector('input')).toBeNull();
  act(() => {
    (root.querySelector('[data-testid="hub-highlight-tag-add"]') as HTMLButtonElement).click();
  });
  const input = root.querySelector('input')!;
  expect(document.activeElement).toBe(input);
  return input;
}

const chips = () =>
  [...root.querySelectorAll('[data-testid="hub-highlight-tag"]')].map((c) =>
    c.getAttribute('data-tag'),
  );

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  act(() => {
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
}

const enter = (input: HTMLInputElement) =>
  act(() => {
    input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });

const backspace = (input: HTMLInputElement) =>
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true }));
  });

describe("a highlight's tag editor", () => {
  it('keeps a tag taken off while an earlier write of it comes back', async () => {
    const answers: ((ok: boolean) => void)[] = [];
    const onChange = vi.fn(() => new Promise<boolean>((resolve) => answers.push(resolve)));
    const input = mount([], onChange);
    type(input, 'a');
    enter(input);
    type(input, 'b');
    enter(input);
    backspace(input);
    expect(chips()).toEqual(['a']);
    // The first write (['a']) is stored and comes back, then the second (['a', 'b']): neither
    // brings back the 'b' the reader took off, whose write is still on its way.
    await act(async () => answers[0]!(true));
    act(() => render(<HighlightTags tags={['a']} view="hub" onChange={onChange} />, root));
    await act(async () => answers[1]!(true));
    act(() => render(<HighlightTags tags={['a', 'b']} view="hub" onChange={onChange} />, root));
    expect(chips()).toEqual(['a']);
    // The last write answers and is stored: what is stored is shown.
    await act(async () => answers[2]!(true));
    act(() => render(<HighlightTags tags={['a']} view="hub" onChange={onChange} />, root));
    expect(chips()).toEqual(['a']);
    // Positive control: a change made elsewhere afterwards is shown.
    act(() => render(<HighlightTags tags={['a', 'c']} view="hub" onChange={onChange} />, root));
    expect(chips()).toEqual(['a', 'c']);
  });

  it('adds the typed tag on Enter, cleaned, and empties the field', () => {
    const onChange = vi.fn(() => new Promise<boolean>(() => {}));
    const input = mount(['芯片'], onChange);
    expect(input.getAttribute('list')).toBe('names');
    type(input, '  to   read ');
    enter(input);
    expect(onChange).toHaveBeenLastCalledWith(['芯片', 'to read']);
    expect(input.value).toBe('');
    expect(chips()).toEqual(['芯片', 'to read']);
  });

  it('builds a second edit on the first before the first came back', () => {
    const onChange = vi.fn(() => new Promise<boolean>(() => {}));
    const input = mount([], onChange);
    type(input, 'a');
    enter(input);
    type(input, 'b');
    enter(input);
    expect(onChange).toHaveBeenLastCalledWith(['a', 'b']);
  });

  it('removes the last tag on Backspace in the empty field only', () => {
    const onChange = vi.fn(() => new Promise<boolean>(() => {}));
    const input = mount(['芯片', '政策'], onChange);
    type(input, 'x');
    backspace(input);
    // Control: with text in the field, Backspace edits the text and no tag goes.
    expect(onChange).not.toHaveBeenCalled();
    type(input, '');
    backspace(input);
    expect(onChange).toHaveBeenLastCalledWith(['芯片']);
  });

  it('shows the stored tags again when the write failed', async () => {
    const onChange = vi.fn(() => Promise.resolve(false));
    const input = mount(['芯片'], onChange);
    type(input, '政策');
    enter(input);
    expect(chips()).toEqual(['芯片', '政策']);
    await act(async () => {
      await Promise.resolve();
    });
    expect(chips()).toEqual(['芯片']);
  });

  it('removes a tag with its × button', () => {
    const onChange = vi.fn(() => new Promise<boolean>(() => {}));
    mount(['芯片', '政策'], onChange);
    act(() => {
      (root.querySelector('[data-tag="芯片"] button') as HTMLButtonElement).click();
    });
    expect(onChange).toHaveBeenLastCalledWith(['政策']);
  });
});
