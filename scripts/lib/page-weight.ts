/** What a page costs on first view: its HTML and the CSS and JS it loads (images are inline SVG), raw, gzip and brotli. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

export function weigh(dist: string, pagePath: string) {
  const file = join(dist, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const assets = [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="stylesheet"[^>]*\shref)="(\/[^"]+)"/g)].map((m) => m[1]!);
  const modules = new Set<string>(assets);
  // Follow static imports between the site's own JS modules.
  for (const asset of [...modules]) {
    if (!asset.endsWith('.js')) continue;
    for (const m of readFileSync(join(dist, asset), 'utf8').matchAll(/from\s*"\.\/([^"]+)"|import\s*"\.\/([^"]+)"/g)) modules.add(`/_astro/${m[1] ?? m[2]}`);
  }
  const parts = [{ path: pagePath, type: 'html', body: html }, ...[...modules].map((p) => ({ path: p, type: p.endsWith('.js') ? 'js' : 'css', body: readFileSync(join(dist, p)) }))];
  const size = (type?: string) =>
    parts
      .filter((p) => !type || p.type === type)
      .reduce((s, p) => ({ raw: s.raw + p.body.length, gzip: s.gzip + gzipSync(p.body, { level: 9 }).length, brotli: s.brotli + brotliCompressSync(p.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length }), { raw: 0, gzip: 0, brotli: 0 });
  const js = size('js');
  const all = size();
  return { files: parts.map((p) => p.path), js_kb: { raw: kb(js.raw), gzip: kb(js.gzip), brotli: kb(js.brotli) }, total_kb: { raw: kb(all.raw), gzip: kb(all.gzip), brotli: kb(all.brotli) }, fonts_kb: 0 };
}

