/** A small static file server for dist/: for `npm start` and the browser tests. */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.csv', '.svg', '.txt', '.xml', '.webmanifest']);

/** The encoding to answer with, as a static host would: brotli first, then gzip. */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = (acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
    .map(([name]) => name!.trim().toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return null;
}

/** Compressed bodies, kept per file, size and modification time so a rebuild is picked up. */
const compressedCache = new Map<string, Buffer>();

function compressed(file: string, encoding: 'br' | 'gzip'): Buffer {
  const { mtimeMs, size } = statSync(file);
  const key = `${encoding}:${file}:${size}:${mtimeMs}`;
  let body = compressedCache.get(key);
  if (!body) {
    const raw = readFileSync(file);
    body = encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }) : gzipSync(raw, { level: 9 });
    compressedCache.set(key, body);
  }
  return body;
}

/** Sends a file, compressed when it is text and the client accepts it (production hosts do the same). */
function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status: number, headers: Record<string, string>): void {
  const encoding = COMPRESSIBLE.has(extname(file).toLowerCase()) ? chooseEncoding(req.headers['accept-encoding']) : null;
  if (encoding === null) {
    res.writeHead(status, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return;
  }
  const body = compressed(file, encoding);
  res.writeHead(status, { ...headers, 'content-encoding': encoding, 'content-length': String(body.length), vary: 'Accept-Encoding' });
  res.end(req.method === 'HEAD' ? undefined : body);
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
      const headers = { 'content-type': 'text/html; charset=utf-8', ...extra };
      if (fallback) sendFile(req, res, fallback, 404, headers);
      else {
        res.writeHead(404, headers);
        res.end('<!doctype html><title>Not found</title><p>Not found</p>');
      }
      return;
    }
    sendFile(req, res, file, 200, { 'content-type': contentType(file), ...extra });
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
