/**
 * The site's response headers, defined once. `npm run headers` writes them to
 * public/_headers (Netlify, Cloudflare Pages, and the Node server behind `npm start` and the
 * browser tests) and to deploy/nginx.conf; tests/scripts/site-headers.test.ts fails when
 * either committed file differs from what this module generates.
 *
 * Semantics we rely on. Netlify and Cloudflare Pages match each rule's path pattern against
 * the request path and apply every matching rule. Cloudflare documents that a header set by
 * two matching rules is sent once with both values joined by a comma (for
 * Content-Security-Policy that is two policies, both enforced); Netlify's docs do not say, and
 * its CLI lets the later rule win. So no header name is ever set by two rules that can match
 * the same path (`checkRules` enforces it), and the result is the same under either reading.
 * Neither host documents which rules apply to a 404 response: we treat a 404 as the not-found
 * page it serves (NOT_FOUND_PAGES), which is what nginx's `error_page` does and what the Node
 * server does. On a host that applies the request path's rules instead, a 404 under a page
 * type still gets that type's headers; elsewhere it gets the `/*` headers only.
 */

import { langPrefix, PREFIXED_LANGS } from '../../src/i18n/lang.ts';

/** The languages served under a prefix (/en/, …): every page type is there too. */
const PREFIXED = PREFIXED_LANGS.map(langPrefix);
/** A page type's pattern in every language: `/x/*` and `/en/x/*`. */
const inEveryLang = (pattern: string) => [pattern, ...PREFIXED.map((p) => `${p}${pattern}`)];

/**
 * What every response may load: only the site's own files, no inline script, no plugins.
 * Styles: the site's stylesheet is inline in each page (astro.config.mjs), so this policy
 * allows inline styles, and the page's own CSP <meta>, which Astro writes, allows only the
 * hash of that <style>. A browser enforces both policies, so only the hashed stylesheet
 * applies (no other <style>, no style attribute); tests/site/csp-meta.test.ts checks that
 * every page has the meta, before any style, with the hash of each of its styles.
 */
const CONTENT_POLICY = ["default-src 'none'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'"];

/** HTML pages may not be framed. */
export const PAGE_CSP = [...CONTENT_POLICY, "manifest-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"].join('; ');
/** Embeds may be framed by any site. */
export const EMBED_CSP = [...CONTENT_POLICY, "base-uri 'none'", "form-action 'none'", 'frame-ancestors *'].join('; ');

/**
 * Features the site does not use, denied to it and to anything it frames. Every name is one
 * Chromium recognises (checked against Chromium 156: an unknown name logs "Unrecognized
 * feature" on every page, as `web-share` did on Linux). WebKit skips unknown names silently;
 * Firefox does not read the header.
 */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'sync-xhr',
  'usb',
  'xr-spatial-tracking',
];
export const PERMISSIONS_POLICY = [...DENIED_FEATURES.map((f) => `${f}=()`), 'clipboard-write=(self)'].join(', ');

const REVALIDATE = 'public, max-age=0, must-revalidate';

/** A page type: the path patterns it covers and the headers it adds to the `/*` ones. */
export interface PageType {
  name: string;
  /** `_headers` patterns: an exact path, or a prefix followed by a single trailing `*`. */
  patterns: string[];
  headers: Record<string, string>;
}

const PAGE = { 'Content-Security-Policy': PAGE_CSP, 'X-Frame-Options': 'DENY', 'Cache-Control': REVALIDATE };
const SHARED_HOURLY = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=3600' };

/**
 * Every HTML page that is not an embed belongs to one of the page types with the PAGE headers;
 * tests/site/headers.test.ts fails when a built page is left out. A new kind of page needs its
 * pattern here, in every language (`inEveryLang`).
 */
export const PAGE_TYPES: PageType[] = [
  {
    name: 'every response',
    patterns: ['/*'],
    headers: {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': PERMISSIONS_POLICY,
      'Cross-Origin-Opener-Policy': 'same-origin',
    },
  },
  // `/en` without its slash is redirected to `/en/`; the redirect carries the page headers too.
  { name: 'story pages', patterns: ['/', '/index.html', ...PREFIXED.flatMap((p) => [p, `${p}/`, `${p}/index.html`])], headers: PAGE },
  { name: 'share pages', patterns: inEveryLang('/s/*'), headers: PAGE },
  { name: 'region pages', patterns: inEveryLang('/regions/*'), headers: PAGE },
  { name: 'sources pages', patterns: inEveryLang('/sources/*'), headers: PAGE },
  { name: 'chart pages', patterns: inEveryLang('/charts/*'), headers: PAGE },
  { name: 'corrections pages', patterns: inEveryLang('/corrections/*'), headers: PAGE },
  { name: 'not-found pages (every 404 response)', patterns: ['/404.html', ...PREFIXED.map((p) => `${p}/404/*`)], headers: PAGE },
  { name: 'embeds', patterns: inEveryLang('/embed/*'), headers: { 'Content-Security-Policy': EMBED_CSP, 'Cache-Control': REVALIDATE } },
  // Only found files get this: a missing one is a 404, answered by the not-found page's headers.
  { name: 'hashed build assets', patterns: ['/_astro/*'], headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
  { name: 'embed script, oEmbed and data downloads (any site may fetch them)', patterns: ['/embed.js', '/oembed/*', '/data/*', '/corrections.xml'], headers: SHARED_HOURLY },
  { name: 'share cards', patterns: ['/og/*'], headers: { 'Cache-Control': 'public, max-age=86400' } },
];

/** The page a 404 response serves, by path prefix; the first match wins. */
export const NOT_FOUND_PAGES: readonly { under: string; page: string }[] = [...PREFIXED.map((p) => ({ under: `${p}/`, page: `${p}/404/` })), { under: '/', page: '/404.html' }];

export function notFoundPage(path: string): string {
  return NOT_FOUND_PAGES.find((n) => path.startsWith(n.under))?.page ?? '/404.html';
}

/** A pattern's literal prefix and whether it ends in a splat. */
export function splitPattern(pattern: string): { prefix: string; splat: boolean } {
  const star = pattern.indexOf('*');
  const placeholder = /\/:/.test(pattern);
  if (!pattern.startsWith('/') || placeholder || (star >= 0 && star !== pattern.length - 1)) throw new Error(`site headers: unsupported pattern ${pattern} (an exact path, or a prefix ending in one *)`);
  return star < 0 ? { prefix: pattern, splat: false } : { prefix: pattern.slice(0, -1), splat: true };
}

/** Whether some path matches both patterns. */
export function patternsOverlap(a: string, b: string): boolean {
  const [x, y] = [splitPattern(a), splitPattern(b)];
  if (x.splat && y.splat) return x.prefix.startsWith(y.prefix) || y.prefix.startsWith(x.prefix);
  if (x.splat) return y.prefix.startsWith(x.prefix);
  if (y.splat) return x.prefix.startsWith(y.prefix);
  return x.prefix === y.prefix;
}

/** Throws unless every pattern is supported, listed once, and no header is set twice for any path. */
export function checkRules(types: readonly PageType[]): void {
  const rules = types.flatMap((t) => t.patterns.map((pattern) => ({ pattern, names: Object.keys(t.headers).map((n) => n.toLowerCase()) })));
  for (const { pattern } of rules) splitPattern(pattern);
  const problems: string[] = [];
  rules.forEach((a, i) => {
    for (const b of rules.slice(i + 1)) {
      if (a.pattern === b.pattern) problems.push(`${a.pattern} is listed twice`);
      else if (patternsOverlap(a.pattern, b.pattern)) {
        const both = a.names.filter((n) => b.names.includes(n));
        if (both.length) problems.push(`${a.pattern} and ${b.pattern} both set ${both.join(', ')}`);
      }
    }
  });
  for (const n of NOT_FOUND_PAGES) splitPattern(`${n.under}*`);
  if (problems.length) throw new Error(`site headers:\n${problems.join('\n')}`);
}
