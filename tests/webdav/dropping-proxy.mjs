// A TCP proxy in front of the test WebDAV server that, while `drop` is on, cuts the connection of
// a PUT after part of its body went through: the network dropping mid-upload.
import { createServer, connect } from 'node:net';

export async function startDroppingProxy(targetPort) {
  const state = { drop: false, dropped: 0 };
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    let seen = 0;
    let isPut = false;
    client.on('data', (chunk) => {
      // Connections are kept alive: a new request starts with its method.
      const method = chunk.subarray(0, 8).toString();
      if (/^[A-Z]+ /.test(method)) {
        isPut = method.startsWith('PUT ');
        seen = 0;
      }
      seen += chunk.length;
      if (state.drop && isPut && seen > 600) {
        // Forward part of it, then drop both sides without an answer.
        upstream.write(chunk.subarray(0, Math.max(0, chunk.length - (seen - 600))));
        state.dropped++;
        setTimeout(() => {
          upstream.destroy();
          client.destroy();
        }, 50);
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const close = () => {
      upstream.destroy();
      client.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    state,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
