import type { ComponentChildren } from 'preact';
import { isHttpUrl } from '../../utils/schemas/url';

interface Props {
  url: string;
  children: ComponentChildren;
  class?: string;
  title?: string;
  testId?: string;
}

/** A link that opens in a new tab, only for http(s) URLs; anything else is shown as plain text. */
export function SafeLink({ url, children, class: className, title, testId }: Props) {
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
    >
      {children}
    </a>
  );
}
