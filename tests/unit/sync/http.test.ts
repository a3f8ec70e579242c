import { describe, expect, it } from 'vitest';
import { SyncError } from '../../../utils/sync/errors';
import { request, retryAfterMs } from '../../../utils/sync/http';
import { MAX_FILE_BYTES } from '../../../utils/sync/limits';
import { urlSafety } from '../../../utils/sync/settings';
import { parseListing, webdavRemote } from '../../../utils/sync/webdav-remote';

const noBudget = { take: () => undefined };

describe('the HTTP side of sync', () => {
  it('tells https, http on this computer or the local network, and http across the internet apart', () => {
    expect(urlSafety('https://dav.jianguoyun.com/dav/')).toBe('https');
    for (const url of [
      'http://127.0.0.1:8080/dav',
      'http://localhost/dav',
      'http://192.168.1.5/dav',
      'http://10.0.0.2/',
      'http://172.20.1.1/',
      'http://nas.local/dav',
      'http://diskstation:5005/',
      'http://[::1]:8080/',
      'http://[fd12::1]/',
    ]) {
      expect(urlSafety(url), url).toBe('local-http');
    }
    for (const url of ['http://dav.example.org/dav', 'http://8.8.8.8/', 'http://172.32.0.1/']) {
      expect(urlSafety(url), url).toBe('public-http');
    }
    expect(urlSafety('ftp://x')).toBe('invalid');
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Wed, 02 Dec 2026 10:00:10 GMT', Date.UTC(2026, 11, 2, 10, 0, 0))).toBe(
      10_000,
    );
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs('soon')).toBeNull();
  });

  it('stops reading an answer larger than the cap, without reading it to the end', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.length;
        if (pulled > 300 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const remote = webdavRemote(
      { url: 'https://dav.test/dav/', user: 'u', password: 'p' },
      {
        fetch: async () => new Response(body, { status: 200 }),
        sleep: async () => {},
        budget: noBudget,
      },
    );
    const err = await remote.read('g.file').catch((e: SyncError) => e);
    expect(err).toBeInstanceOf(SyncError);
    expect((err as SyncError).code).toBe('too-large');
    expect(pulled).toBeLessThan(MAX_FILE_BYTES + 4 * 1024 * 1024);
  });

  it('gives up a request that gets no answer within its timeout (offline), once per attempt', async () => {
    let calls = 0;
    const never: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        calls++;
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      });
    const waits: number[] = [];
    const err = await request(
      { fetch: never, sleep: async (ms) => void waits.push(ms), budget: noBudget, timeoutMs: 50 },
      { method: 'GET', url: 'https://dav.test/x', headers: {}, maxBytes: 10, idempotent: true },
    ).catch((e: SyncError) => e);
    expect((err as SyncError).code).toBe('offline');
    expect(calls).toBe(3);
    expect(waits).toHaveLength(2);
  });

  it('lists the entries of a folder whatever form the server gives its hrefs in', async () => {
    const xml = (href: (p: string) => string) => `<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:">
 <d:response><d:href>${href('/dav/ai-news-annotator/')}</d:href><d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
 <d:response><d:href>${href('/dav/ai-news-annotator/manifest.json')}</d:href><d:propstat><d:prop><d:resourcetype/><d:getcontentlength>321</d:getcontentlength><d:getlastmodified>Wed, 02 Dec 2026 10:00:00 GMT</d:getlastmodified></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
 <d:response><d:href>${href('/dav/ai-news-annotator/%e4%b8%ad%20x.json')}</d:href><d:propstat><d:prop><d:resourcetype/><d:getcontentlength>5</d:getcontentlength><d:getetag>"abc"</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
</d:multistatus>`;
    for (const form of [(p: string) => p, (p: string) => `https://dav.test${p}`]) {
      const entries = await parseListing(xml(form), 'https://dav.test/dav/ai-news-annotator/');
      expect(entries).toEqual([
        {
          name: 'manifest.json',
          dir: false,
          size: 321,
          etag: null,
          modified: 'Wed, 02 Dec 2026 10:00:00 GMT',
        },
        { name: '中 x.json', dir: false, size: 5, etag: '"abc"', modified: null },
      ]);
    }
  });
});
