import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseEncoding, createStaticServer, listen } from '../../scripts/lib/static-server.ts';

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
  const html = '<!doctype html><title>t</title>' + '<p>Niger</p>'.repeat(2000);
  writeFileSync(join(root, 'index.html'), html);
  writeFileSync(join(root, 'card.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const server = createStaticServer(root);
  const ready = listen(server, 0);
  afterAll(() => void server.close());

  function get(path: string, acceptEncoding?: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
    return ready.then(
      (base) =>
        new Promise((resolve, reject) => {
          const req = request(new URL(path, base), { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          });
          req.on('error', reject);
          req.end();
        }),
    );
  }

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
