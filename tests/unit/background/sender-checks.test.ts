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

  it('never lets an http page speak for the https one (or the other way round)', () => {
    const http = 'http://news.example.com/2025/07/apple.html';
    // The two name the same page (samePage ignores the scheme), yet the claim does not count.
    expect(samePage(page, http)).toBe(true);
    // The page keeps its own address (with its parameters), never the claimed https one.
    expect(pageKey(`${http}?utm_source=x`, page)).toBe(`${http}?utm_source=x`);
    expect(pageKey(http, page)).toBe(http);
    expect(pageKey(`${page}?utm_source=x`, http)).toBe(`${page}?utm_source=x`);
    // Positive control: under the same scheme the canonical claim is the key.
    expect(pageKey(`${http}?utm_source=x`, http)).toBe(http);
    expect(pageKey(`${page}?utm_source=x`, 'https://www.news.example.com/2025/07/apple.html')).toBe(
      'https://www.news.example.com/2025/07/apple.html',
    );
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
