/**
 * Serves dist/ with a real nginx and deploy/nginx.conf, and checks that every page type gets
 * the headers public/_headers declares for it, as `npm start` sends them too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer as createTcpServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, ruledHeaders } from '../../scripts/lib/headers.ts';
import { notFoundPage, PAGE_CSP, PAGE_TYPES, splitPattern } from '../../scripts/lib/site-headers.ts';
import { contentType, createSiteServer, decodePath, listen, locate } from '../../scripts/lib/static-server.ts';
import { findNginx, NGINX_MISSING } from '../../scripts/lib/tools.ts';
import { DIST_DIR } from '../helpers/dist.ts';
import { rawGet as get, type RawResponse as Response } from '../scripts/raw-get.ts';

const ROOT = join(import.meta.dirname, '../..');
const CONF = join(ROOT, 'deploy/nginx.conf');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createTcpServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

interface Nginx {
  url: string;
  stop: () => Promise<void>;
}

/**
 * nginx in the foreground as our child, with everything it writes in a temp dir. One process
 * (master_process off): as root, workers would switch to `nobody`, which may not read dist/.
 */
async function startNginx(nginx: string, root: string, include: string): Promise<Nginx> {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const conf = join(dir, 'nginx.conf');
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(dir, t)};`).join(' ');
    writeFileSync(
      conf,
      `daemon off;\nmaster_process off;\npid ${join(dir, 'nginx.pid')};\nerror_log ${join(dir, 'error.log')} notice;\nevents { worker_connections 64; }\n` +
        `http {\n  access_log off;\n  ${temp}\n  server {\n    listen 127.0.0.1:${port};\n    root "${root}";\n    include "${include}";\n  }\n}\n`,
    );
    const child: ChildProcess = spawn(nginx, ['-p', dir, '-c', conf, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let exitCode: number | null | undefined;
    void exited.then((code) => (exitCode = code));
    const deadline = Date.now() + 10_000;
    while (exitCode === undefined && Date.now() < deadline && !(await portOpen(port))) await new Promise((r) => setTimeout(r, 50));
    if (exitCode === undefined && (await portOpen(port))) {
      return {
        url: `http://127.0.0.1:${port}`,
        stop: async () => {
          if (exitCode === undefined) child.kill('SIGQUIT');
          const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
          await exited;
          clearTimeout(timer);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    if (exitCode === undefined) child.kill('SIGKILL');
    await exited;
    const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
    if (attempt < 3 && /Address already in use/.test(log + stderr)) continue;
    throw new Error(`nginx did not start (exit ${exitCode}):\n${stderr}\n${log}`);
  }
}

/** The first file under a dist/ folder, as the path a reader opens (a folder's index.html as the folder). */
function firstPage(dir: string): string | null {
  const full = join(DIST_DIR, dir);
  if (!existsSync(full) || !statSync(full).isDirectory()) return null;
  for (const name of readdirSync(full).sort()) {
    const path = join(full, name);
    if (statSync(path).isDirectory()) {
      const inner = firstPage(relative(DIST_DIR, path));
      if (inner) return inner;
    } else return `/${relative(DIST_DIR, path)}`.replace(/index\.html$/, '');
  }
  return null;
}

/**
 * Paths to ask for: every exact pattern; for every prefix, the prefix itself, its first built
 * page or file (so region and sources pages are picked up once they are built) and a missing
 * page; and the awkward ones.
 */
function probes(): string[] {
  const out = new Set<string>();
  for (const type of PAGE_TYPES) {
    for (const pattern of type.patterns) {
      const { prefix, splat } = splitPattern(pattern);
      if (!splat) out.add(prefix);
      else if (prefix !== '/') {
        out.add(prefix);
        out.add(`${prefix}does-not-exist/`);
        const first = firstPage(prefix);
        if (first) out.add(first);
      }
    }
  }
  const csv = readdirSync(join(DIST_DIR, 'data/charts')).find((f) => f.endsWith('.csv'));
  for (const p of ['/%65n/', '/en//', '/%65mbed.js', '/_astro/missing.js', '/nope', '/en/nope/', '/en/embed', '/favicon.svg', `/data/charts/${csv}`]) out.add(p);
  return [...out];
}

/** What `_headers` declares for a path: its own rules, or for a 404 its not-found page's. */
function expected(path: string): { status: number; rulesPath: string; file: string | null } {
  const decoded = decodePath(path);
  const found = decoded === null ? null : locate(DIST_DIR, decoded);
  if (decoded !== null && found) return 'redirect' in found ? { status: 301, rulesPath: decoded, file: null } : { status: 200, rulesPath: decoded, file: found.file };
  return { status: 404, rulesPath: notFoundPage(decoded ?? '/'), file: null };
}

const rules = parseHeadersFile(readFileSync(join(DIST_DIR, '_headers'), 'utf8'));
const securityHeaders = (headers: Response['headers']) => ruledHeaders(rules, headers);

let nginx: Nginx | undefined;
let node: { url: string; close: () => void } | undefined;

beforeAll(async () => {
  const binary = findNginx();
  if (!binary) throw new Error(`${NGINX_MISSING} (npm test and .ci/run install it when run as root on Debian.)`);
  nginx = await startNginx(binary, DIST_DIR, CONF);
  const server = createSiteServer(DIST_DIR);
  node = { url: await listen(server, 0), close: () => server.close() };
}, 30_000);

afterAll(async () => {
  await nginx?.stop();
  node?.close();
});

describe('nginx with deploy/nginx.conf on dist/', () => {
  const paths = probes();

  it('is asked about every page type, built or not', () => {
    for (const type of PAGE_TYPES) expect(paths.some((p) => type.patterns.some((pattern) => headersFor([{ pattern, headers: [['x', '1']] }], decodePath(p) ?? p).x)), type.name).toBe(true);
    expect(paths.length).toBeGreaterThan(30);
  });

  it.each(paths)('%s: the status and headers public/_headers declares, as npm start sends them', async (path) => {
    const want = expected(path);
    const [fromNginx, fromNode] = await Promise.all([get(nginx!.url, path), get(node!.url, path)]);
    expect(fromNginx.status, 'nginx status').toBe(want.status);
    expect(securityHeaders(fromNginx.headers), `nginx headers (as _headers gives ${want.rulesPath})`).toEqual(headersFor(rules, want.rulesPath));
    expect(fromNode.status, 'npm start status').toBe(want.status);
    expect(securityHeaders(fromNode.headers), 'npm start headers').toEqual(securityHeaders(fromNginx.headers));
    if (want.file) {
      expect(fromNginx.headers['content-type'], 'nginx content type').toBe(contentType(want.file));
      expect(fromNode.headers['content-type'], 'npm start content type').toBe(contentType(want.file));
    }
    if (want.status === 301) expect(fromNginx.headers.location).toBe(fromNode.headers.location);
  });

  it('answers 404s with the page policy and never with the immutable cache', async () => {
    for (const path of ['/nope', '/_astro/missing.js', '/en/nope/', '/embed/nope/', '/regions/nope/']) {
      const { status, headers } = await get(nginx!.url, path);
      expect(status, path).toBe(404);
      expect(headers['content-security-policy'], path).toBe(PAGE_CSP);
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['cache-control'], path).not.toMatch(/immutable/);
    }
  });

  it('redirects /en to /en/ with the page headers, and reads /%65n/ as /en/', async () => {
    const redirect = await get(nginx!.url, '/en');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/en/');
    expect(redirect.headers['content-security-policy']).toBe(PAGE_CSP);
    const encoded = await get(nginx!.url, '/%65n/');
    expect(encoded.status).toBe(200);
    expect(encoded.headers['x-frame-options']).toBe('DENY');
  });

  it('serves CSV as UTF-8 text/csv and compresses text with gzip', async () => {
    const csv = await get(nginx!.url, '/data/acled-niger.csv', { 'accept-encoding': 'gzip' });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-encoding']).toBe('gzip');
    expect((await get(nginx!.url, '/en/', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
  });
});
