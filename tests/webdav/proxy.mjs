// A TCP proxy in front of the test WebDAV server. It counts the bytes that go through (requests
// up, answers down, headers included), and while `drop` is on it cuts the connection of a PUT
// after part of its body went through: the network dropping mid-upload.
import { createServer, connect } from 'node:net';

/** How much of a PUT goes through before the connection is cut. */
const DROP_AFTER = 600;

export async function startProxy(targetPort) {
  const state = { drop: false, dropped: 0, up: 0, down: 0, requests: 0, methods: {} };
  const sockets = new Set();
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    let seen = 0;
    let isPut = false;
    client.on('data', (chunk) => {
      // Connections are kept alive: a new request starts with its method.
      const start = chunk.subarray(0, 10).toString(); // long enough for `PROPFIND `
      if (/^[A-Z]+ /.test(start)) {
        isPut = start.startsWith('PUT ');
        seen = 0;
        const method = start.split(' ')[0];
        state.requests++;
        state.methods[method] = (state.methods[method] ?? 0) + 1;
      }
      seen += chunk.length;
      if (state.drop && isPut && seen > DROP_AFTER) {
        const part = chunk.subarray(0, Math.max(0, chunk.length - (seen - DROP_AFTER)));
        state.up += part.length;
        upstream.write(part);
        state.dropped++;
        setTimeout(() => {
          upstream.destroy();
          client.destroy();
        }, 50);
        return;
      }
      state.up += chunk.length;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      state.down += chunk.length;
      client.write(chunk);
    });
    const close = () => {
      upstream.destroy();
      client.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    client.on('close', () => sockets.delete(client));
    upstream.on('close', () => sockets.delete(upstream));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    state,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(resolve);
      }),
  };
}
