import { useEffect, useRef } from 'preact/hooks';
import { useImeInput } from '../../utils/use-ime-input';

interface Props {
  value: string;
  label: string;
  placeholder: string;
  testId: string;
  onChange: (value: string) => void;
}

/**
 * A search box that waits while an input method is composing (pinyin, kana): the list is
 * filtered by the committed text, not by every Latin letter typed on the way to 模型.
 */
export function SearchField({ value, label, placeholder, testId, onChange }: Props) {
  const field = useImeInput(value, onChange);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const focusOnSlash = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (e.key === '/' && !typing) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    const doc = input.current?.ownerDocument;
    doc?.addEventListener('keydown', focusOnSlash);
    return () => doc?.removeEventListener('keydown', focusOnSlash);
  }, []);
  return (
    <input
      ref={input}
      type="search"
      class="input lib-search"
      data-testid={testId}
      aria-label={label}
      placeholder={placeholder}
      value={field.value}
      onInput={field.onInput}
      onCompositionStart={field.onCompositionStart}
      onCompositionEnd={field.onCompositionEnd}
    />
  );
}
