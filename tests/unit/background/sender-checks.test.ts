import { describe, expect, it } from 'vitest';
import { pageKey } from '../../../utils/background/page-key';
import { samePage } from '../../../utils/page-identity';
import { createCommandGrants, GRANT_MS } from '../../../utils/background/commands';

describe('which address a page acts on', () => {
  const page = 'https://news.example.com/2025/07/apple.html';
  it.each([
    ['the same address', page, true],
    ['a fragment', `${page}#top`, true],
    ['www. and another scheme', 'http://www.news.example.com/2025/07/apple.html', true],
    ['tracking parameters only', `${page}?utm_source=x&spm=1`, true],
    ['another article on the same host', 'https://news.example.com/2025/07/other.html', false],
    ['another query that names a page', `${page}?id=2`, false],
    ['another host', 'https://evil.example.net/2025/07/apple.html', false],
    ['not http(s)', 'javascript:alert(1)', false],
  ])('a canonical link with %s agrees: %s', (_name, claimed, expected) => {
    expect(samePage(claimed as string, page)).toBe(expected);
  });

  it('keys a page by its canonical URL only where the two agree', () => {
    expect(pageKey(`${page}?utm_medium=feed`, page)).toBe(page);
    expect(pageKey('https://news.example.com/other.html', page)).toBe(
      'https://news.example.com/other.html',
    );
    expect(pageKey(`${page}#c1`, null)).toBe(page);
    expect(pageKey('chrome://settings', page)).toBeNull();
  });
});

describe('grants of browser commands', () => {
  it('are taken once, and only within their time', () => {
    let now = 0;
    const grants = createCommandGrants(() => now);
    expect(grants.take(1)).toBe(false);
    grants.give(1);
    expect(grants.take(2)).toBe(false);
    expect(grants.take(1)).toBe(true);
    expect(grants.take(1)).toBe(false);
    grants.give(1);
    now += GRANT_MS + 1;
    expect(grants.take(1)).toBe(false);
  });
});
