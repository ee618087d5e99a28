import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, launchChromium, newContext, serveDist, type Site } from '../helpers/browser.ts';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Every HTML page in dist/, as the URL path a reader would open. */
export function htmlPages(dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlPages(path));
    else if (name.endsWith('.html')) out.push(`/${relative(DIST, path)}`.replace(/index\.html$/, ''));
  }
  return out.sort();
}

describe('headers', () => {
  it('story pages may not be framed; embeds may be framed anywhere; all get the basics', async () => {
    const story = await fetch(new URL('/en/', site.url));
    expect(story.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(story.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(story.headers.get('x-content-type-options')).toBe('nosniff');
    expect(story.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(story.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    const embed = await fetch(new URL('/en/embed/region-map/', site.url));
    expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
    expect(embed.headers.get('content-security-policy')?.split(',').length).toBe(1);
    const asset = readdirSync(join(DIST, '_astro'))[0]!;
    expect((await fetch(new URL(`/_astro/${asset}`, site.url))).headers.get('cache-control')).toMatch(/immutable/);
  });
});

describe('every page under its Content-Security-Policy', () => {
  it('has no policy violation or header warning and makes no request to a third party', { timeout: 300_000 }, async () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThanOrEqual(40);
    const context = await newContext(browser);
    await context.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const thirdParty: string[] = [];
    const origin = new URL(site.url).origin;
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol !== 'data:' && u.origin !== origin) thirdParty.push(r.url());
    });
    const violations: string[] = [];
    // Any level: Chromium reports a Permissions-Policy it does not understand ("Unrecognized feature") on every page.
    page.on('console', (m) => /Content Security Policy|Permissions-Policy|Unrecognized feature/i.test(m.text()) && violations.push(`${m.type()}: ${m.text()}`));
    for (const path of pages) {
      await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
      // Share pages move on to their chapter by meta refresh: check the page they land on too.
      if (/\/s\//.test(path)) await page.waitForURL((u) => !u.pathname.includes('/s/'));
      await page.waitForLoadState('load');
      const found = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      violations.push(...found.map((v) => `${path}: ${v}`));
    }
    expect(violations).toEqual([]);
    expect(thirdParty).toEqual([]);
    await context.close();
  });
});
