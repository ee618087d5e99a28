import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER_FILES, renderHeadersFile, toRules } from '../../scripts/lib/header-files.ts';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers.ts';
import { checkRules, EMBED_CSP, notFoundPage, PAGE_CSP, PAGE_TYPES, patternsOverlap, PERMISSIONS_POLICY, type PageType } from '../../scripts/lib/site-headers.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('the generated header files', () => {
  it.each(HEADER_FILES.map((f) => [f.path, f.render] as const))('%s is what `npm run headers` writes from scripts/lib/site-headers.ts', (path, render) => {
    expect(readFileSync(join(ROOT, path), 'utf8'), `${path} is stale: run npm run headers`).toBe(render());
  });

  it('public/_headers reads back as the page types', () => {
    expect(parseHeadersFile(renderHeadersFile())).toEqual(toRules());
  });
});

describe('the page types', () => {
  const rules = toRules();
  const page = { 'content-security-policy': PAGE_CSP, 'x-frame-options': 'DENY', 'cache-control': 'public, max-age=0, must-revalidate' };
  const base = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin', 'permissions-policy': PERMISSIONS_POLICY, 'cross-origin-opener-policy': 'same-origin' };

  it.each([
    '/',
    '/index.html',
    '/en',
    '/en/',
    '/en/index.html',
    '/s/violence/',
    '/en/s/violence/',
    '/regions/tillaberi/',
    '/en/regions/tillaberi/',
    '/sources/',
    '/en/sources/',
    '/charts/region-map/',
    '/en/charts/region-map/',
    '/404.html',
    '/en/404/',
  ])('%s gets the page policy: not framable, revalidated', (path) => {
    expect(headersFor(rules, path)).toEqual({ ...base, ...page });
  });

  it.each(['/embed/region-map/', '/en/embed/region-map/'])('%s may be framed anywhere, under one policy', (path) => {
    expect(headersFor(rules, path)).toEqual({ ...base, 'content-security-policy': EMBED_CSP, 'cache-control': 'public, max-age=0, must-revalidate' });
  });

  it('sets the caching and sharing headers of assets, and nothing else, besides the basics', () => {
    expect(headersFor(rules, '/_astro/app.abc123.js')).toEqual({ ...base, 'cache-control': 'public, max-age=31536000, immutable' });
    for (const path of ['/embed.js', '/oembed/en/region-map.json', '/data/acled-niger.csv']) expect(headersFor(rules, path), path).toEqual({ ...base, 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=3600' });
    expect(headersFor(rules, '/og/en/overview.png')).toEqual({ ...base, 'cache-control': 'public, max-age=86400' });
    expect(headersFor(rules, '/favicon.svg')).toEqual(base);
  });

  it('answers 404s with a not-found page that has the page policy', () => {
    expect(notFoundPage('/nope')).toBe('/404.html');
    expect(notFoundPage('/_astro/x.js')).toBe('/404.html');
    expect(notFoundPage('/en/nope/')).toBe('/en/404/');
    expect(notFoundPage('/en')).toBe('/404.html');
    for (const path of ['/404.html', '/en/404/']) expect(headersFor(rules, path)['content-security-policy']).toBe(PAGE_CSP);
  });

  it('denies only features Chromium recognises (web-share is unknown on Linux and logged on every page)', () => {
    expect(PERMISSIONS_POLICY).not.toMatch(/web-share/);
    expect(PERMISSIONS_POLICY).toMatch(/^([a-z-]+=\((self)?\)(, |$))+$/);
  });
});

describe('checkRules(page types)', () => {
  const type = (patterns: string[], headers: Record<string, string>): PageType => ({ name: patterns.join(' '), patterns, headers });

  it('accepts the site’s page types', () => {
    expect(() => checkRules(PAGE_TYPES)).not.toThrow();
  });

  it('refuses a header set by two rules that match one path: two policies would both be enforced', () => {
    expect(() => checkRules([type(['/*'], { 'Content-Security-Policy': PAGE_CSP }), type(['/embed/*'], { 'content-security-policy': EMBED_CSP })])).toThrow(/\/\* and \/embed\/\* both set content-security-policy/);
    expect(() => checkRules([type(['/en/'], { 'X-Frame-Options': 'DENY' }), type(['/en/*'], { 'X-Frame-Options': 'DENY' })])).toThrow(/both set x-frame-options/);
    expect(() => checkRules([type(['/s/*'], { A: '1' }), type(['/s/*'], { B: '2' })])).toThrow(/listed twice/);
    expect(() => checkRules([type(['/s/*'], { A: '1' }), type(['/en/s/*'], { A: '2' }), type(['/*'], { B: '3' })])).not.toThrow();
  });

  it('refuses patterns it cannot translate to nginx', () => {
    expect(() => checkRules([type(['/*.csv'], { A: '1' })])).toThrow(/unsupported pattern/);
    expect(() => checkRules([type(['/:lang/s/*'], { A: '1' })])).toThrow(/unsupported pattern/);
    expect(() => checkRules([type(['s/*'], { A: '1' })])).toThrow(/unsupported pattern/);
  });

  it('patternsOverlap tells whether some path matches both', () => {
    expect(patternsOverlap('/*', '/en/')).toBe(true);
    expect(patternsOverlap('/en/*', '/en/embed/*')).toBe(true);
    expect(patternsOverlap('/en/', '/en/*')).toBe(true);
    expect(patternsOverlap('/en', '/en/*')).toBe(false);
    expect(patternsOverlap('/s/*', '/en/s/*')).toBe(false);
    expect(patternsOverlap('/', '/index.html')).toBe(false);
  });
});
