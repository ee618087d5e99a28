/** Share pages of chart states: their own title, description, card and oEmbed, and the share control that gives them. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteOrigin } from '../../scripts/lib/site-url.ts';
import { allChartStates } from '../../src/components/charts/states.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { stateAddresses as statePaths } from '../helpers/state-addresses.ts';
import { DESKTOP, launchChromium, newContext, serveDist, type Site } from '../helpers/browser.ts';

let site: Site;
let browser: Browser;
const url = (path: string) => new URL(path, site.url).href;
const SITE_ORIGIN = siteOrigin();

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

function pngSize(buffer: ArrayBuffer): { width: number; height: number } {
  const view = new DataView(buffer);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('a choice made before the interactions load (they load after the first paint)', () => {
  /** Holds back the site's scripts whose file name matches until `release` is called. */
  async function holdScripts(page: import('playwright-core').Page, names: RegExp): Promise<() => void> {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route((u) => u.pathname.startsWith('/_astro/') && names.test(u.pathname), async (route) => {
      await held;
      await route.continue();
    });
    return release;
  }

  it('counts: the map and the bars follow it once their scripts arrive, and the address keeps it', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    const releaseMap = await holdScripts(page, /\/region-map\.[^/]+\.js$/);
    await page.goto(url('/en/charts/region-map/'), { waitUntil: 'load' });
    await page.check('[data-metric-choice] input[value="fatalities-per-100k"]');
    expect(await page.getAttribute('svg[data-map]', 'data-metric')).toBe('incidents');
    releaseMap();
    await expect.poll(() => page.getAttribute('svg[data-map]', 'data-metric')).toBe('fatalities-per-100k');
    expect(new URL(page.url()).searchParams.get('m')).toBe('fatalities-per-100k');
    await page.unrouteAll();

    const releaseBars = await holdScripts(page, /\/series-toggle\.[^/]+\.js$/);
    await page.goto(url('/en/charts/violence-by-type/'), { waitUntil: 'load' });
    await page.check('[data-series-choice="violence-by-type"] input[value="previous"]');
    expect(await page.getAttribute('svg[data-bars="violence-by-type"]', 'data-shown')).not.toBe('previous');
    releaseBars();
    await expect.poll(() => page.getAttribute('svg[data-bars="violence-by-type"]', 'data-shown')).toBe('previous');
    expect(new URL(page.url()).searchParams.get('p')).toBe('previous');
    await context.close();
  });
});

describe('chart states', () => {
  it('every chart state has its own page naming the state, its own card and its own oEmbed', async () => {
    for (const lang of LANGS) {
      for (const state of allChartStates()) {
        const paths = statePaths(state, lang);
        const html = await (await fetch(url(paths.share))).text();
        const meta = (prop: string) => html.match(new RegExp(`<meta (?:property|name)="${prop}" content="([^"]*)"`))?.[1]?.replace(/&amp;/g, '&');
        const label = state.label?.(lang);
        if (label) {
          expect(meta('og:title'), paths.share).toContain(label);
          expect(meta('og:description')).toContain(label);
        }
        expect(meta('og:image')).toBe(`${SITE_ORIGIN}${paths.card}`);
        expect(html).toContain(`url=${paths.story.replace(/&/g, '&amp;')}"`);
        expect(html).toContain(`type="application/json+oembed" href="${SITE_ORIGIN}${paths.oembed}"`);
        const png = await fetch(url(paths.card));
        expect(png.headers.get('content-type')).toBe('image/png');
        expect(pngSize(await png.arrayBuffer())).toEqual({ width: 1200, height: 630 });
      }
    }
  });

  it('a chart’s share control gives the page of the state shown', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(url('/en/#region-map'), { waitUntil: 'networkidle' });
    const link = (id: string) => page.getAttribute(`#${id} .share__link`, 'href');
    expect(await link('region-map')).toBe('/en/s/region-map/incidents/');
    await page.check('[data-metric-choice] input[value="fatalities-per-100k"]');
    expect(await link('region-map')).toBe('/en/s/region-map/fatalities-per-100k/');
    await page.check('[data-series-choice="violence-by-type"] input[value="previous"]');
    expect(await link('violence-by-type')).toBe('/en/s/violence-by-type/previous/');
    // The link to the chart's own page carries the state, so the page opens in it.
    expect(await page.getAttribute('#region-map [data-chart-page]', 'href')).toBe('/en/charts/region-map/?m=fatalities-per-100k');
    expect(await page.getAttribute('#violence-by-type [data-chart-page]', 'href')).toBe('/en/charts/violence-by-type/?p=previous');
    // One lane of the timeline has a page; two lanes have none, so the link keeps the story's address.
    for (const box of await page.locator('[data-actor-filter] input').all()) if (!['france', 'niger'].includes((await box.getAttribute('value'))!)) await box.uncheck();
    expect(await link('partners-timeline')).toBe('#partners-timeline');
    await page.uncheck('[data-actor-filter] input[value="niger"]');
    expect(await link('partners-timeline')).toBe('/en/s/partners-timeline/france/');
    await context.close();
  });

  it('a chart’s own page opens in the state its link carries, and its static embed follows the state', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(url('/en/charts/region-map/?m=fatalities-per-100k'), { waitUntil: 'networkidle' });
    expect(await page.isChecked('[data-metric-choice] input[value="fatalities-per-100k"]')).toBe(true);
    expect(await page.getAttribute('#region-map .share__link', 'href')).toBe('/en/s/region-map/fatalities-per-100k/');
    const hidden = (slug: string) => page.locator(`#region-map [data-static-state="${slug}"]`).evaluate((e: HTMLElement) => getComputedStyle(e).display === 'none');
    expect(await hidden('fatalities-per-100k')).toBe(false);
    expect(await hidden('incidents')).toBe(true);
    expect(await page.getAttribute('#region-map [data-copy-static]', 'data-copy-from')).toBe('region-map-static-fatalities-per-100k');
    await page.check('[data-metric-choice] input[value="incidents"]');
    expect(await hidden('incidents')).toBe(false);
    // Its regions lead to their part of the story, not to an anchor this page lacks.
    expect(await page.getAttribute('#region-map a.map-region-link[data-region="NE-6"]', 'href')).toBe('/en/#tillaberi');
    await context.close();
  });

});
