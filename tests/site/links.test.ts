import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteOrigin } from '../../scripts/lib/site-url.ts';
import { DIST_DIR, distFiles, readDist } from '../helpers/dist.ts';

/** The origin dist/ was built for: the same SITE_URL as `npm run build`. */
const SITE = siteOrigin();

/** The file a site path serves, as the static host resolves it (directories serve index.html). */
function fileFor(path: string): string | null {
  const full = join(DIST_DIR, decodeURIComponent(path));
  if (existsSync(full) && statSync(full).isDirectory()) return existsSync(join(full, 'index.html')) ? join(path, 'index.html') : null;
  return existsSync(full) ? path : null;
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readDist(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

function references(html: string): string[] {
  const refs = [...html.matchAll(/\s(?:href|src|action)="([^"]+)"/g)].map((m) => m[1]!);
  const metas = [...html.matchAll(/<meta (?:property|name)="(?:og:image|og:url|twitter:image)" content="([^"]+)"/g)].map((m) => m[1]!);
  const refresh = [...html.matchAll(/http-equiv="refresh" content="\d+;\s*url=([^"]+)"/g)].map((m) => m[1]!);
  return [...refs, ...metas, ...refresh].map((r) => r.replace(/&amp;/g, '&'));
}

describe('links in the built site', () => {
  const pages = distFiles().filter((f) => f.endsWith('.html'));

  it('every internal link, anchor and asset exists; external links are well-formed', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const base = new URL(page.replace(/index\.html$/, ''), SITE);
      for (const ref of references(readDist(page))) {
        if (/^(mailto|tel|data):/.test(ref)) continue;
        let target: URL;
        try {
          target = new URL(ref, base);
        } catch {
          broken.push(`${page}: malformed ${ref}`);
          continue;
        }
        if (target.origin !== SITE) {
          if (!/^https?:$/.test(target.protocol) || !target.hostname.includes('.')) broken.push(`${page}: bad external link ${ref}`);
          continue;
        }
        const file = fileFor(target.pathname);
        if (!file) {
          broken.push(`${page}: missing ${target.pathname}`);
          continue;
        }
        const anchor = decodeURIComponent(target.hash.slice(1));
        if (anchor && file.endsWith('.html') && !idsIn(file).has(anchor)) broken.push(`${page}: no #${anchor} in ${file}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('no page repeats an id', () => {
    const duplicates: string[] = [];
    for (const page of pages) {
      const ids = [...readDist(page).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) duplicates.push(`${page}: #${id}`);
        seen.add(id);
      }
    }
    expect(duplicates).toEqual([]);
  });
});
