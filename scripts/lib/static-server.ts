/** A small static file server for dist/: for `npm start` and the browser tests. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Maps a URL path to a file in `root`, or null when it escapes root or does not exist. */
export function resolveFile(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const candidate = normalize(join(root, path));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(candidate) ? candidate : null;
}

export interface StaticServerOptions {
  /** Extra response headers per request path (the site's _headers rules). */
  headersFor?: (urlPath: string) => Record<string, string>;
}

export function createStaticServer(distDir: string, options: StaticServerOptions = {}): Server {
  const root = resolve(distDir);
  return createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const extra = options.headersFor?.(urlPath) ?? {};
    const file = resolveFile(root, urlPath);
    if (file === null) {
      const candidates = urlPath.startsWith('/en/') ? [join(root, 'en', '404.html'), join(root, 'en', '404', 'index.html')] : [join(root, '404.html')];
      const fallback = candidates.find((c) => existsSync(c)) ?? null;
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...extra });
      if (fallback) createReadStream(fallback).pipe(res);
      else res.end('<!doctype html><title>Not found</title><p>Not found</p>');
      return;
    }
    res.writeHead(200, { 'content-type': contentType(file), ...extra });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
}

export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise(`http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}/`);
    });
  });
}
