// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchField } from '../../../components/library/SearchField';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(onChange: (v: string) => void) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(
      <SearchField value="" label="Search" placeholder="" testId="s" onChange={onChange} />,
      root,
    );
  });
  return root.querySelector('input')!;
}

function type(input: HTMLInputElement, value: string, isComposing = false) {
  input.value = value;
  act(() => {
    input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing }));
  });
}

describe('the library search box', () => {
  it('filters as the reader types', () => {
    const onChange = vi.fn();
    const input = mount(onChange);
    type(input, 'chip');
    expect(onChange).toHaveBeenLastCalledWith('chip');
  });

  it('waits while an input method composes, then filters by the committed word', () => {
    const onChange = vi.fn();
    const input = mount(onChange);
    act(
      () => void input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true })),
    );
    type(input, 'm', true);
    type(input, 'mo', true);
    type(input, 'moxing', true);
    expect(onChange).not.toHaveBeenCalled();
    input.value = '模型';
    act(() => void input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true })));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith('模型');
    // After composing, plain typing filters again (positive control on the same box).
    type(input, '模型 chip');
    expect(onChange).toHaveBeenLastCalledWith('模型 chip');
  });
});
