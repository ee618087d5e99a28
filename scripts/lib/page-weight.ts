/** What a page costs on first view: its HTML and the CSS and JS it loads (images are inline SVG), raw, gzip and brotli. */
import { selectOne } from 'css-select';
import { parseDocument } from 'htmlparser2';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** `from "./x.js"` and `import "./x.js"`, as Vite writes static imports. */
const IMPORTED = /from\s*"\.\/([^"]+)"|import\s*"\.\/([^"]+)"/g;
/** An entry of client/interactions.ts as Vite writes it: [`selector`, () => …import(`./module.js`)…]. */
const INTERACTION = /\[`([^`]+)`,\(\)=>[^\]]*?import\(`\.\/([^`]+)`\)/g;

/** The interactions a module loads after the first paint, and the markup each needs. */
function interactionsOf(source: string): Array<{ selector: string; module: string }> {
  const found = [...source.matchAll(INTERACTION)].map((m) => ({ selector: m[1]!, module: m[2]! }));
  const dynamic = source.match(/import\(`/g)?.length ?? 0;
  if (found.length !== dynamic) throw new Error(`page-weight: read ${found.length} of ${dynamic} dynamic imports as interactions; has the built form of client/interactions.ts changed?`);
  return found;
}

export const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

export function weigh(dist: string, pagePath: string) {
  const file = join(dist, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const assets = [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="stylesheet"[^>]*\shref)="(\/[^"]+)"/g)].map((m) => m[1]!);
  const modules = new Set<string>(assets);
  const dom = parseDocument(text);
  // Follow the site's own JS modules: their static imports, and the interactions they load
  // after the first paint where this page has the markup one needs (client/interactions.ts).
  for (const asset of modules) {
    if (!asset.endsWith('.js')) continue;
    const source = readFileSync(join(dist, asset), 'utf8');
    for (const m of source.matchAll(IMPORTED)) modules.add(`/_astro/${m[1] ?? m[2]}`);
    for (const { selector, module } of interactionsOf(source)) if (selectOne(selector, dom)) modules.add(`/_astro/${module}`);
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

