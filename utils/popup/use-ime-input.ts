import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A text field that tells `onCommit` its value only when the text is final: while an input
 * method (pinyin, kana…) is composing, the field shows what is typed but nothing is committed;
 * the composed text is committed once, when the composition ends.
 */
export function useImeInput(value: string, onCommit: (value: string) => void) {
  const [text, setText] = useState(value);
  const composing = useRef(false);
  useEffect(() => {
    if (!composing.current) setText(value);
  }, [value]);
  return {
    value: text,
    onInput(e: Event) {
      const field = e.currentTarget as HTMLInputElement;
      setText(field.value);
      if (!composing.current && !(e as InputEvent).isComposing) onCommit(field.value);
    },
    onCompositionStart() {
      composing.current = true;
    },
    onCompositionEnd(e: Event) {
      composing.current = false;
      const field = e.currentTarget as HTMLInputElement;
      setText(field.value);
      onCommit(field.value);
    },
  };
}
