// Start and stop a private Apache httpd with mod_dav_fs on 127.0.0.1 (a free port), with Basic
// auth and a temporary folder, for the sync tests and the bench. Needs Debian's apache2 and
// apache2-utils (htpasswd).
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { answers, freePort, waitFor } from './ports.mjs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APACHE = process.env.APACHE_PATH ?? '/usr/sbin/apache2';
const HTPASSWD = '/usr/bin/htpasswd';
const TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), 'apache.conf.tmpl');

export const apacheAvailable = () => existsSync(APACHE) && existsSync(HTPASSWD);

/** uid/gid of www-data, which Apache drops to when started as root. */
function wwwData() {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('www-data:'));
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * Start Apache. Returns `{ url, davRoot, user, password, fullUrl, stop() }`: `url` is the WebDAV
 * share (`http://127.0.0.1:<port>/dav/`), `davRoot` the folder on disk behind it, `fullUrl` the same
 * share answering 507 to every PUT.
 */
export async function startApache({ user = 'reader', password = 'secret-pass' } = {}) {
  if (!apacheAvailable())
    throw new Error(`Apache not found at ${APACHE} (apt-get install apache2 apache2-utils)`);
  const root = mkdtempSync(join(tmpdir(), 'ana-dav-'));
  for (const d of ['dav', 'lock']) mkdirSync(join(root, d));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = wwwData();
    chmodSync(root, 0o755);
    for (const d of ['dav', 'lock']) chownSync(join(root, d), uid, gid);
  }
  execFileSync(HTPASSWD, ['-bc', join(root, 'htpasswd'), user, password], { stdio: 'pipe' });
  const port = await freePort();
  const conf = readFileSync(TEMPLATE, 'utf8')
    .replaceAll('{{ROOT}}', root)
    .replaceAll('{{PORT}}', String(port))
    .replace('{{USER_LINES}}', asRoot ? 'User www-data\nGroup www-data' : '');
  const confPath = join(root, 'httpd.conf');
  writeFileSync(confPath, conf);
  execFileSync(APACHE, ['-f', confPath, '-k', 'start'], {
    stdio: 'pipe',
    env: { ...process.env, APACHE_RUN_DIR: root },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(() => answers(`${base}/dav/`), 10_000, 'Apache');
  return {
    url: `${base}/dav/`,
    fullUrl: `${base}/full/`,
    davRoot: join(root, 'dav'),
    user,
    password,
    async stop() {
      try {
        execFileSync(APACHE, ['-f', confPath, '-k', 'stop'], { stdio: 'pipe' });
        await waitFor(() => !existsSync(join(root, 'httpd.pid')), 10_000, 'Apache stop').catch(
          () => undefined,
        );
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
