// An HTTP proxy in front of a test WebDAV server that answers as 坚果云 (Jianguoyun) is reported
// to, and injects network faults. It counts requests by method.
//
// 坚果云 mode (`jianguoyun: true`): a GET or PROPFIND under a folder that does not exist answers
// 409 with `AncestorsNotFound`; MKCOL of an existing folder answers 409; `If-None-Match` is not
// passed on (ignored); after `throttleAfter` requests, `throttle` answers follow (503 with
// Retry-After, or 401 `BlockedTemporarily`).
//
// Faults, queued in `faults`, each `{ method, path (RegExp), kind, times }`:
//   status   answer `status` (with `retryAfter` seconds when given) instead of the server
//   cutUpload  pass part of a PUT's body on, then drop both connections
//   cutDownload  send part of a GET's answer, then drop the connection
//   truncate  answer a GET 200 with half of the body and a matching Content-Length
//   delay     wait `ms` before answering
import { createServer, request as httpRequest } from 'node:http';
import { freePort } from './ports.mjs';

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function upstream(target, method, path, headers, body, { cutAfter } = {}) {
  return new Promise((resolve, reject) => {
    const h = { ...headers, host: `127.0.0.1:${target.port}` };
    if (body.length) h['content-length'] = String(body.length);
    const req = httpRequest(
      { host: '127.0.0.1', port: target.port, method, path, headers: h },
      (res) => {
        readBody(res).then(
          (b) => resolve({ status: res.statusCode, headers: res.headers, body: b }),
          reject,
        );
      },
    );
    req.on('error', reject);
    if (cutAfter !== undefined) {
      req.write(body.subarray(0, cutAfter));
      setTimeout(() => {
        req.destroy();
        resolve(null);
      }, 100);
      return;
    }
    req.end(body);
  });
}

const ANCESTORS_NOT_FOUND =
  '<?xml version="1.0"?><d:error xmlns:d="DAV:"><s:exception xmlns:s="http://sabredav.org/ns">AncestorsNotFound</s:exception></d:error>';

const parentOf = (path) => path.replace(/\/[^/]*\/?$/, '/');

export async function startFaultProxy(targetUrl, options = {}) {
  const target = new URL(targetUrl);
  const state = {
    jianguoyun: options.jianguoyun ?? false,
    throttleAfter: options.throttleAfter ?? Infinity,
    throttle: options.throttle ?? { status: 503, retryAfter: 1 },
    faults: [],
    requests: 0,
    methods: {},
    log: [],
  };
  const take = (method, path) => {
    const i = state.faults.findIndex(
      (f) =>
        (!f.method || f.method === method) && (!f.path || f.path.test(decodeURIComponent(path))),
    );
    if (i < 0) return null;
    const f = state.faults[i];
    if (--f.times <= 0) state.faults.splice(i, 1);
    return f;
  };
  const server = createServer(async (req, res) => {
    const method = req.method;
    const path = req.url;
    state.requests++;
    state.methods[method] = (state.methods[method] ?? 0) + 1;
    const body = await readBody(req);
    const headers = { ...req.headers };
    delete headers.host;
    delete headers['content-length'];
    if (state.jianguoyun) delete headers['if-none-match'];
    const answer = (status, text = '', extra = {}) => {
      state.log.push(`${method} ${path} ${status}`);
      res.writeHead(status, { 'content-type': 'text/xml; charset=utf-8', ...extra });
      res.end(text);
    };
    try {
      if (state.requests > state.throttleAfter) {
        const t = state.throttle;
        if (t.status === 401) return answer(401, '<error>BlockedTemporarily</error>');
        return answer(t.status, '', t.retryAfter ? { 'retry-after': String(t.retryAfter) } : {});
      }
      const fault = take(method, path);
      if (fault?.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms));
      if (fault?.kind === 'status') {
        const extra =
          fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
        return answer(fault.status, fault.body ?? '', extra);
      }
      if (fault?.kind === 'cutUpload' && method === 'PUT') {
        await upstream(target, method, path, headers, body, { cutAfter: body.length >> 1 });
        state.log.push(`${method} ${path} cut`);
        return req.socket.destroy();
      }
      const up = await upstream(target, method, path, headers, body);
      if (state.jianguoyun && up.status === 404 && (method === 'GET' || method === 'PROPFIND')) {
        // A missing folder itself, or anything under one: 409 AncestorsNotFound.
        const parent =
          method === 'PROPFIND'
            ? { status: 404 }
            : await upstream(
                target,
                'PROPFIND',
                parentOf(path),
                { ...headers, depth: '0' },
                Buffer.alloc(0),
              );
        if (parent.status === 404 || parent.status === 409) {
          return answer(409, ANCESTORS_NOT_FOUND);
        }
      }
      if (state.jianguoyun && method === 'MKCOL' && up.status === 405) return answer(409);
      const out = { ...up.headers };
      delete out['transfer-encoding'];
      delete out.connection;
      if (fault?.kind === 'cutDownload' && method === 'GET') {
        res.writeHead(up.status, { ...out, 'content-length': String(up.body.length) });
        res.write(up.body.subarray(0, up.body.length >> 1));
        state.log.push(`${method} ${path} cut`);
        return setTimeout(() => req.socket.destroy(), 50);
      }
      if (fault?.kind === 'truncate' && method === 'GET') {
        const half = up.body.subarray(0, up.body.length >> 1);
        state.log.push(`${method} ${path} truncated`);
        res.writeHead(up.status, { ...out, 'content-length': String(half.length) });
        return res.end(half);
      }
      state.log.push(`${method} ${path} ${up.status}`);
      res.writeHead(up.status, { ...out, 'content-length': String(up.body.length) });
      res.end(up.body);
    } catch (e) {
      state.log.push(`${method} ${path} proxy error ${e}`);
      req.socket.destroy();
    }
  });
  server.keepAliveTimeout = 1000;
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    port,
    state,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(resolve);
      }),
  };
}
