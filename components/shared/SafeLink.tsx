import type { ComponentChildren } from 'preact';
import { isHttpUrl } from '../../utils/url';

interface Props {
  url: string;
  children: ComponentChildren;
  class?: string;
  title?: string;
  testId?: string;
  /** The reader opened the link (click, or middle click for a background tab). */
  onOpen?: () => void;
}

/** A link that opens in a new tab, only for http(s) URLs; anything else is shown as plain text. */
export function SafeLink({ url, children, class: className, title, testId, onOpen }: Props) {
  if (!isHttpUrl(url)) {
    return (
      <span class={className} title={title} data-testid={testId}>
        {children}
      </span>
    );
  }
  return (
    <a
      class={className}
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      title={title}
      data-testid={testId}
      onClick={onOpen}
      onAuxClick={(e) => {
        if (e.button === 1) onOpen?.();
      }}
    >
      {children}
    </a>
  );
}
