// Ports for the test servers: the range this checkout's tests may use (SYNC_TEST_PORTS,
// default 18100-18199), each checked free before it is handed out.
import { createServer } from 'node:net';

const [FIRST, LAST] = (process.env.SYNC_TEST_PORTS ?? '18100-18199').split('-').map(Number);
let next = FIRST + ((process.pid * 7) % (LAST - FIRST + 1));

function tryPort(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A free port in the range. */
export async function freePort() {
  for (let i = 0; i <= LAST - FIRST; i++) {
    const port = next;
    next = next >= LAST ? FIRST : next + 1;
    if (await tryPort(port)) return port;
  }
  throw new Error(`no free port in ${FIRST}-${LAST}`);
}

export async function waitFor(check, ms, what) {
  const until = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`${what} did not start`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Whether something answers HTTP at `url`. */
export async function answers(url) {
  try {
    return (await fetch(url, { method: 'OPTIONS' })).status > 0;
  } catch {
    return false;
  }
}
