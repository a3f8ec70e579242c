import { describe, expect, it } from 'vitest';
import { presetUrl } from '../../../utils/options/presets';
import { statusText } from '../../../utils/options/sync-text';
import type { SyncErrorCode } from '../../../utils/sync/errors';
import { normalizeUrl, OFF_STATUS, type SyncStatus } from '../../../utils/sync/settings';
import en from '../../../public/_locales/en/messages.json';
import zh from '../../../public/_locales/zh_CN/messages.json';

const messages = (table: Record<string, { message: string }>) => (key: string, subs?: unknown) => {
  const m = table[key]?.message;
  if (!m) throw new Error(`missing string ${key}`);
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return list.reduce<string>((text, s, i) => text.replace(/\$[A-Z]+\$/, String(s ?? i)), m);
};

const CODES: SyncErrorCode[] = [
  'offline',
  'auth',
  'forbidden',
  'not-found',
  'full',
  'busy',
  'server',
  'damaged',
  'newer-format',
  'passphrase-needed',
  'passphrase-wrong',
  'not-encrypted',
  'not-configured',
  'local',
];

describe('sync settings', () => {
  it('presets give the WebDAV address shapes of 坚果云 and Nextcloud', () => {
    expect(presetUrl('jianguoyun', 'me@example.com', '')).toBe('https://dav.jianguoyun.com/dav/');
    expect(presetUrl('nextcloud', 'reader', '')).toBe(
      'https://cloud.example.com/remote.php/dav/files/reader/',
    );
    expect(presetUrl('nextcloud', 'reader', 'https://nc.home.arpa/')).toBe(
      'https://nc.home.arpa/remote.php/dav/files/reader/',
    );
  });

  it('accepts only http(s) addresses, ending in a slash', () => {
    expect(normalizeUrl(' https://dav.example.org/dav ')).toBe('https://dav.example.org/dav/');
    expect(normalizeUrl('http://127.0.0.1:8080/dav/#x')).toBe('http://127.0.0.1:8080/dav/');
    expect(normalizeUrl('ftp://example.org/')).toBeNull();
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
  });

  it.each([
    ['en', en],
    ['zh_CN', zh],
  ])('says every status and every failure in plain words (%s)', (_lang, table) => {
    const t = messages(table as Record<string, { message: string }>);
    const texts = new Set<string>();
    for (const code of CODES) {
      const s: SyncStatus = { ...OFF_STATUS, state: 'error', code };
      texts.add(statusText(s, true, t as never));
    }
    expect(texts.size).toBe(CODES.length); // one distinct message per reason
    const progress: SyncStatus = {
      ...OFF_STATUS,
      state: 'syncing',
      progress: { phase: 'download', done: 3, total: 10 },
    };
    expect(statusText(progress, true, t as never)).toMatch(/3.*10/);
    expect(statusText({ ...OFF_STATUS, state: 'ok' }, true, t as never)).not.toBe('');
    expect(statusText(OFF_STATUS, false, t as never)).not.toBe(
      statusText(OFF_STATUS, true, t as never),
    );
  });
});
