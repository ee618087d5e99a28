/** A small static file server for dist/: for `npm start` and the browser tests. */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, posix, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from './headers.ts';
import { notFoundPage } from './site-headers.ts';

/** The types the site serves (deploy/nginx.conf is generated from this table too). */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
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

/**
 * The path a request names, read as nginx reads it: percent-decoded, with `.`, `..` and repeated
 * slashes resolved (so `/%65n/` is `/en/`). Null when it does not decode.
 */
export function decodePath(urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  return path.startsWith('/') && !path.includes('\0') ? posix.normalize(path) : null;
}

/** What a decoded path names in `root`: a file, a folder's index.html, a redirect to the folder with its slash, or nothing. */
export type Found = { file: string } | { redirect: string } | null;

export function locate(root: string, path: string): Found {
  const candidate = normalize(join(root, path));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  if (!existsSync(candidate)) return null;
  if (!statSync(candidate).isDirectory()) return path.endsWith('/') ? null : { file: candidate };
  if (!path.endsWith('/')) return { redirect: `${path}/` };
  const index = join(candidate, 'index.html');
  return existsSync(index) ? { file: index } : null;
}

export interface StaticServerOptions {
  /** Extra response headers per decoded request path (the site's _headers rules); a 404 gets those of its not-found page. */
  headersFor?: (urlPath: string) => Record<string, string>;
}

export const COMPRESSIBLE: ReadonlySet<string> = new Set(['.html', '.css', '.js', '.json', '.csv', '.svg', '.txt', '.xml', '.webmanifest']);

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

/**
 * Serves `distDir` as nginx serves it with deploy/nginx.conf: a folder without its slash is
 * redirected, and a missing file gets the not-found page for its path with that page's headers
 * (so a missing `/_astro/` file is never cached as immutable).
 */
export function createStaticServer(distDir: string, options: StaticServerOptions = {}): Server {
  const root = resolve(distDir);
  const headersOf = options.headersFor ?? (() => ({}));
  return createServer((req, res) => {
    // A path is read as a path even when it starts with '//' (which URL would take for a host).
    const raw = req.url ?? '/';
    const url = new URL(raw.startsWith('/') ? `http://localhost${raw}` : raw, 'http://localhost');
    const path = decodePath(url.pathname);
    const found = path === null ? null : locate(root, path);
    if (path !== null && found !== null) {
      if ('redirect' in found) {
        const location = encodeURI(found.redirect) + url.search;
        res.writeHead(301, { 'content-type': 'text/html; charset=utf-8', ...headersOf(path), location });
        res.end(req.method === 'HEAD' ? undefined : `<!doctype html><title>Moved</title><a href="${location.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">Moved</a>`);
      } else sendFile(req, res, found.file, 200, { 'content-type': contentType(found.file), ...headersOf(path) });
      return;
    }
    const page = notFoundPage(path ?? '/');
    const pageFile = locate(root, page);
    const headers = { 'content-type': 'text/html; charset=utf-8', ...headersOf(page) };
    if (pageFile !== null && 'file' in pageFile) sendFile(req, res, pageFile.file, 404, headers);
    else {
      res.writeHead(404, headers);
      res.end('<!doctype html><title>Not found</title><p>Not found</p>');
    }
  });
}

/** The static server with dist/_headers applied, as a host applies it: for `npm start` and the bench. */
export function createSiteServer(distDir: string): Server {
  const file = join(distDir, '_headers');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first.`);
  const rules = parseHeadersFile(readFileSync(file, 'utf8'));
  return createStaticServer(distDir, { headersFor: (path) => headersFor(rules, path) });
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
