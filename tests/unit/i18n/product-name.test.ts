import { describe, expect, it } from 'vitest';
import { LOCALES, readMessages } from './messages';

/** Any spelling of the product's name: "AI News …", "AI 新闻批注", "AI 新聞筆記", … */
const NAME = /AI News [A-Z][a-z]+|AI ?新[闻聞][批笔筆][注註记記]/g;

describe('one product name', () => {
  it.each(LOCALES)('%s names the product one way in every message', (locale) => {
    const messages = readMessages(locale);
    const name = messages.extName!.message;
    const spellings = new Set<string>();
    for (const { message } of Object.values(messages)) {
      for (const m of message.matchAll(NAME)) spellings.add(m[0]);
    }
    expect([...spellings]).toEqual([name]);
  });
});
