import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers.ts';
import { EMBED_CSP, PAGE_CSP } from '../../scripts/lib/site-headers.ts';
import { DIST_DIR, distFiles } from '../helpers/dist.ts';
import { langOfPath, langPrefix } from '../../src/i18n/lang.ts';

describe('dist/_headers', () => {
  const rules = parseHeadersFile(readFileSync(`${DIST_DIR}/_headers`, 'utf8'));
  const pages = distFiles().filter((f) => f.endsWith('.html'));
  /** An embed's path in any language: /embed/…, /en/embed/…, /fr/embed/…. */

  it('puts every built HTML page under a page type: embeds may be framed, every other page may not', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    const wrong: string[] = [];
    for (const file of pages) {
      for (const path of [file, file.replace(/index\.html$/, '')]) {
        const headers = headersFor(rules, path);
        const embed = path.slice(langPrefix(langOfPath(path)).length).startsWith('/embed/');
        const want = embed ? { csp: EMBED_CSP, frame: undefined } : { csp: PAGE_CSP, frame: 'DENY' };
        if (headers['content-security-policy'] !== want.csp || headers['x-frame-options'] !== want.frame) wrong.push(`${path}: ${headers['content-security-policy'] ?? 'no policy'}`);
      }
    }
    expect(wrong, 'a new kind of page needs its patterns in scripts/lib/site-headers.ts').toEqual([]);
  });
});
