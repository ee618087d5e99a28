import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, ruledHeaders } from '../../scripts/lib/headers.ts';
import { PAGE_CSP } from '../../scripts/lib/site-headers.ts';
import { chooseEncoding, createStaticServer, decodePath, listen } from '../../scripts/lib/static-server.ts';
import { rawGet, type RawResponse } from './raw-get.ts';

/** Starts `server` for this file's tests and returns a GET for paths as written. */
function serve(server: Server): (path: string, requestHeaders?: Record<string, string>) => Promise<RawResponse> {
  const ready = listen(server, 0);
  afterAll(() => void server.close());
  return (path, requestHeaders) => ready.then((base) => rawGet(base, path, requestHeaders));
}

describe('chooseEncoding(accept-encoding)', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});

describe('createStaticServer(dist)', () => {
  const root = mkdtempSync(join(tmpdir(), 'static-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const html = '<!doctype html><title>t</title>' + '<p>Niger</p>'.repeat(2000);
  writeFileSync(join(root, 'index.html'), html);
  writeFileSync(join(root, 'card.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const fetchPath = serve(createStaticServer(root));
  const get = (path: string, acceptEncoding?: string) => fetchPath(path, acceptEncoding ? { 'accept-encoding': acceptEncoding } : {});

  it('compresses text as a production host would, and the bytes decode to the file', async () => {
    const br = await get('/', 'gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(html);
    expect(br.body.length).toBeLessThan(html.length / 10);
    const gz = await get('/', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(html);
  });

  it('sends images and clients that ask for nothing the file as it is', async () => {
    expect((await get('/card.png', 'br')).headers['content-encoding']).toBeUndefined();
    const plain = await get('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(html);
  });
});

describe('decodePath(url path)', () => {
  it('reads a path as nginx does: decoded, with dot segments and repeated slashes resolved', () => {
    expect(decodePath('/%65n/')).toBe('/en/');
    expect(decodePath('/en//s/./a/../b/')).toBe('/en/s/b/');
    expect(decodePath('/%2e%2e/%2e%2e/etc/passwd')).toBe('/etc/passwd');
    expect(decodePath('/%E0%A4%A')).toBeNull();
    expect(decodePath('/a%00b')).toBeNull();
  });
});

describe('createStaticServer(dist, { headersFor }) with the site’s _headers', () => {
  const root = mkdtempSync(join(tmpdir(), 'static-headers-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const files: Record<string, string> = {
    'index.html': 'nl story',
    'en/index.html': 'en story',
    '404.html': 'nl not found',
    'en/404/index.html': 'en not found',
    'embed/map/index.html': 'embed',
    's/violence/index.html': 'share',
    '_astro/app.abc123.js': 'export {};',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  const rules = parseHeadersFile(readFileSync(join(import.meta.dirname, '../../public/_headers'), 'utf8'));
  const get = serve(createStaticServer(root, { headersFor: (path) => headersFor(rules, path) }));
  const sent = (headers: IncomingHttpHeaders) => ruledHeaders(rules, headers);

  it.each([
    ['/', 200, '/', 'nl story'],
    ['/en/', 200, '/en/', 'en story'],
    ['/%65n/', 200, '/en/', 'en story'],
    ['/en//', 200, '/en/', 'en story'],
    ['//', 200, '/', 'nl story'],
    ['//en/', 200, '/en/', 'en story'],
    ['/s/violence/', 200, '/s/violence/', 'share'],
    ['/embed/map/', 200, '/embed/map/', 'embed'],
    ['/_astro/app.abc123.js', 200, '/_astro/app.abc123.js', 'export {};'],
    ['/en', 301, '/en', null],
    ['/nope', 404, '/404.html', 'nl not found'],
    ['/s/', 404, '/404.html', 'nl not found'],
    ['/_astro/missing.js', 404, '/404.html', 'nl not found'],
    ['/en/nope/', 404, '/en/404/', 'en not found'],
    ['/%65n/embed/nope/', 404, '/en/404/', 'en not found'],
    ['/..%2f..%2fetc/passwd', 404, '/404.html', 'nl not found'],
  ])('%s: %i with the headers _headers gives %s', async (path, status, rulesPath, body) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(sent(response.headers)).toEqual(headersFor(rules, rulesPath));
    if (body !== null) expect(response.body.toString()).toBe(body);
  });

  it('answers every 404 with the page policy, not framable, never cached as immutable', async () => {
    for (const path of ['/nope', '/_astro/missing.js', '/en/nope/', '/embed/nope/']) {
      const { status, headers } = await get(path);
      expect(status, path).toBe(404);
      expect(headers['content-security-policy'], path).toBe(PAGE_CSP);
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['cache-control'], path).not.toMatch(/immutable/);
    }
  });

  it('redirects a folder without its slash, keeping the query, with the page headers for /en', async () => {
    const response = await get('/en?m=fatalities');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/en/?m=fatalities');
    expect(response.headers['content-security-policy']).toBe(PAGE_CSP);
    expect((await get('/embed/map')).headers.location).toBe('/embed/map/');
  });
});
