import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MessageKey, Translate } from '../../../utils/i18n';

export const LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;
export type Locale = (typeof LOCALES)[number];

export interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** The messages.json of `locale`, as the browser reads it. */
export function readMessages(locale: Locale): Record<string, Message> {
  const file = fileURLToPath(
    new URL(`../../../public/_locales/${locale}/messages.json`, import.meta.url),
  );
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, Message>;
}

/**
 * `t` for `locale`, substituting as `browser.i18n.getMessage` does: named `$PLACEHOLDER$`s take
 * their content, whose `$1`…`$9` are the substitutions. A missing key throws, so a test cannot
 * pass on a key that no locale has.
 */
export function translatorFor(locale: Locale): Translate {
  const messages = readMessages(locale);
  return (key: MessageKey, substitutions?: string | number | (string | number)[]) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message ${key} in ${locale}`);
    const subs = (
      substitutions === undefined
        ? []
        : Array.isArray(substitutions)
          ? substitutions
          : [substitutions]
    ).map(String);
    const fill = (text: string) =>
      text.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
    const placeholders = Object.fromEntries(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    );
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
        const content = placeholders[name.toLowerCase()];
        return content === undefined ? whole : fill(content);
      })
      .replace(/\$\$/g, '$');
  };
}
