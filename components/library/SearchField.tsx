import { useEffect, useRef, useState } from 'preact/hooks';

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
  const [text, setText] = useState(value);
  const composing = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!composing.current) setText(value);
  }, [value]);
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
      value={text}
      onCompositionStart={() => (composing.current = true)}
      onCompositionEnd={(e) => {
        composing.current = false;
        setText(e.currentTarget.value);
        onChange(e.currentTarget.value);
      }}
      onInput={(e) => {
        setText(e.currentTarget.value);
        if (!composing.current && !(e as InputEvent).isComposing) onChange(e.currentTarget.value);
      }}
    />
  );
}
