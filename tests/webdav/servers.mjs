// Start and stop the WebDAV servers readers use, privately on 127.0.0.1, for the sync tests and
// the bench: Apache mod_dav_fs (./server.mjs), nginx with dav + dav_ext (Debian's nginx-extras)
// and `rclone serve webdav`. Each returns `{ name, url, user, password, root, stop() }`; a
// missing server throws (the tests fail loudly rather than skip).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answers, freePort, waitFor } from './ports.mjs';
import { startApache } from './server.mjs';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const NGINX_DAV_EXT = '/usr/lib/nginx/modules/ngx_http_dav_ext_module.so';
export const RCLONE = process.env.RCLONE_PATH ?? '/usr/bin/rclone';
const HTPASSWD = '/usr/bin/htpasswd';
const USER = 'reader';
const PASSWORD = 'secret-pass';

function need(path, install) {
  if (!existsSync(path)) throw new Error(`${path} not found: apt-get install -y ${install}`);
}

export async function startNginx() {
  need(NGINX, 'nginx-extras');
  need(NGINX_DAV_EXT, 'nginx-extras');
  need(HTPASSWD, 'apache2-utils');
  const root = mkdtempSync(join(tmpdir(), 'ana-nginx-'));
  for (const d of ['data', 'tmp', 'logs']) mkdirSync(join(root, d));
  execFileSync(HTPASSWD, ['-bcm', join(root, 'htpasswd'), USER, PASSWORD], { stdio: 'pipe' });
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const conf = `
load_module ${NGINX_DAV_EXT};
${asRoot ? 'user root root;' : ''}
daemon on;
pid ${root}/nginx.pid;
error_log ${root}/logs/error.log warn;
worker_processes 1;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${root}/tmp/body;
  proxy_temp_path ${root}/tmp/proxy;
  fastcgi_temp_path ${root}/tmp/fastcgi;
  uwsgi_temp_path ${root}/tmp/uwsgi;
  scgi_temp_path ${root}/tmp/scgi;
  client_max_body_size 64m;
  server {
    listen 127.0.0.1:${port};
    location /dav/ {
      alias ${root}/data/;
      dav_methods PUT DELETE MKCOL COPY MOVE;
      dav_ext_methods PROPFIND OPTIONS;
      create_full_put_path off;
      dav_access user:rw group:rw all:r;
      auth_basic "sync tests";
      auth_basic_user_file ${root}/htpasswd;
    }
  }
}
`;
  const confPath = join(root, 'nginx.conf');
  writeFileSync(confPath, conf);
  execFileSync(NGINX, ['-c', confPath, '-p', root], { stdio: 'pipe' });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(() => answers(`${base}/dav/`), 10_000, 'nginx');
  return {
    name: 'nginx',
    url: `${base}/dav/`,
    user: USER,
    password: PASSWORD,
    root: join(root, 'data'),
    async stop() {
      try {
        const pid = Number(readFileSync(join(root, 'nginx.pid'), 'utf8'));
        process.kill(pid, 'SIGQUIT');
        await waitFor(() => !existsSync(join(root, 'nginx.pid')), 10_000, 'nginx stop').catch(
          () => undefined,
        );
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

export async function startRclone() {
  need(RCLONE, 'rclone');
  const root = mkdtempSync(join(tmpdir(), 'ana-rclone-'));
  mkdirSync(join(root, 'data'));
  const port = await freePort();
  const child = spawn(
    RCLONE,
    [
      'serve',
      'webdav',
      join(root, 'data'),
      '--addr',
      `127.0.0.1:${port}`,
      '--baseurl',
      '/dav',
      '--user',
      USER,
      '--pass',
      PASSWORD,
      '--config',
      '/dev/null',
      '--log-level',
      'ERROR',
    ],
    { stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${port}`;
  await waitFor(() => answers(`${base}/dav/`), 15_000, 'rclone');
  return {
    name: 'rclone',
    url: `${base}/dav/`,
    user: USER,
    password: PASSWORD,
    root: join(root, 'data'),
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export async function startApacheServer() {
  const apache = await startApache();
  return { name: 'apache', ...apache, root: apache.davRoot };
}

/** The three servers by name. */
export const START = { apache: startApacheServer, nginx: startNginx, rclone: startRclone };
