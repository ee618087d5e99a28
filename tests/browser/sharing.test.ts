import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/catalog.ts';
import { SECTIONS } from '../../src/i18n/sections.ts';
import { LANGS, langPrefix } from '../../src/i18n/lang.ts';
import { ui } from '../../src/i18n/index.ts';
import { chartStates, stateTitle } from '../../src/components/charts/states.ts';
import { DESKTOP, launchChromium, newContext, PHONE, serveDist, watchProblems, type Site } from '../helpers/browser.ts';
import { serveHtml, type HtmlServer } from '../helpers/html-server.ts';
import { embedCode } from '../helpers/snippets.ts';
import { siteOrigin } from '../../scripts/lib/site-url.ts';

let site: Site;
let browser: Browser;
let host: HtmlServer;
let forger: HtmlServer;
const url = (path: string) => new URL(path, site.url).href;
const SITE_ORIGIN = siteOrigin();

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
  const origin = new URL(site.url).origin;
  const [a, b] = [CHARTS.find((c) => c.id === 'violence-by-type')!, CHARTS.find((c) => c.id === 'region-map')!];
  forger = await serveHtml(
    () => `<!doctype html><title>forger</title><script>parent.postMessage({ type: 'niger-explainer:resize', chart: 'violence-by-type', height: 4321 }, '*');</script>`,
  );
  host = await serveHtml(
    () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title></head><body style="margin:0;font-family:sans-serif">
<article style="max-width:720px;margin:0 auto"><h1>Host article</h1>
<div id="one">${embedCode(a.id, 'en', origin)}</div>
<div id="two">${embedCode(b.id, 'nl', origin)}</div>
<iframe id="plain" src="${origin}/en/embed/dutch-mandates/" title="plain" style="width:100%;height:${CHARTS.find((c) => c.id === 'dutch-mandates')!.embedHeight.wide}px;border:0"></iframe>
<iframe id="forger" src="${forger.url}" title="forger" style="width:10px;height:10px;border:0"></iframe>
</article></body></html>`,
  );
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
  await forger?.close();
});

const frameHeight = (page: Page, selector: string) => page.locator(selector).evaluate((f) => Math.round(f.getBoundingClientRect().height));
const contentHeight = async (page: Page, name: string) => {
  const frame = page.frames().find((f) => f.url().includes(name))!;
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
};

describe('embeds on another origin', () => {
  it('render, take their content height, follow a resize and ignore forged messages', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(host.url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    for (const [selector, name] of [
      ['#one iframe', '/en/embed/violence-by-type/'],
      ['#two iframe', '/embed/region-map/'],
    ] as const) {
      const frame = page.frames().find((f) => f.url().includes(name));
      expect(frame, name).toBeDefined();
      expect(await frame!.locator('.chart-frame svg').count()).toBeGreaterThan(0);
      expect(Math.abs((await frameHeight(page, selector)) - (await contentHeight(page, name)))).toBeLessThanOrEqual(2);
    }
    // The forged message (third origin) did not set its height.
    expect(await frameHeight(page, '#one iframe')).not.toBe(4321);
    // A message from the host page itself is ignored too.
    await page.evaluate(() => window.postMessage({ type: 'niger-explainer:resize', chart: 'violence-by-type', height: 3333 }, '*'));
    await page.waitForTimeout(200);
    expect(await frameHeight(page, '#one iframe')).not.toBe(3333);

    const wide = await frameHeight(page, '#one iframe');
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(800);
    const narrow = await frameHeight(page, '#one iframe');
    expect(narrow).not.toBe(wide);
    expect(Math.abs(narrow - (await contentHeight(page, '/en/embed/violence-by-type/')))).toBeLessThanOrEqual(2);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a plain iframe without the script shows the whole chart at its fixed height', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(host.url, { waitUntil: 'networkidle' });
    const frame = page.frames().find((f) => f.url().includes('/en/embed/dutch-mandates/'))!;
    await frame.waitForLoadState('load');
    const { scroll, client } = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
    expect(scroll).toBeLessThanOrEqual(client);
    await context.close();
  });

  it('every chart fits its fixed embed height, at phone and desktop column widths, in both languages', async () => {
    const tooTall: string[] = [];
    for (const [name, width] of [['narrow', 360], ['wide', 720]] as const) {
      const context = await newContext(browser, { width, height: 600 });
      const page = await context.newPage();
      for (const chart of CHARTS) {
        for (const prefix of ['', '/en']) {
          await page.goto(url(`${prefix}/embed/${chart.id}/`), { waitUntil: 'load' });
          const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          if (height > chart.embedHeight[name]) tooTall.push(`${prefix}/embed/${chart.id}/ at ${width}px: ${height} > ${chart.embedHeight[name]}`);
        }
      }
      await context.close();
    }
    expect(tooTall).toEqual([]);
  });

  it('each chart’s embed code on its page points at the address the page is served from', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(url('/en/charts/violence-by-type/'), { waitUntil: 'networkidle' });
    // The rewrite keeps the <code> element: it marks the snippet as code, not prose, for readers and tests.
    const code = (await page.locator('#violence-by-type-embed-code > code').textContent()) ?? '';
    expect(code).toContain(`<iframe src="${new URL(url('/en/embed/violence-by-type/')).href}"`);
    expect(code).not.toContain(SITE_ORIGIN);
    // So does the static embed: its image and link.
    const image = (await page.locator('#violence-by-type-static-all > code').textContent()) ?? '';
    expect(image).toContain(`<img src="${url('/og/en/violence-by-type/all.png')}"`);
    expect(image).not.toContain(SITE_ORIGIN);
    await context.close();
  });

  it('embed pages carry their chart’s title, oEmbed discovery and a theme switch', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    for (const lang of LANGS) for (const chart of CHARTS) {
      await page.goto(url(`${langPrefix(lang)}/embed/${chart.id}/?theme=dark`));
      expect(await page.title()).toBe(chart.title[lang]);
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      const oembed = await page.getAttribute('link[type="application/json+oembed"]', 'href');
      const json = await (await fetch(url(new URL(oembed!).pathname))).json();
      const state = chartStates(chart.id)[0]!;
      expect(json).toMatchObject({ version: '1.0', type: 'rich', title: stateTitle(state, lang), height: chart.embedHeight.wide });
      expect(json.html).toContain(`data-niger-embed="${chart.id}"`);
      expect(json.thumbnail_url).toBe(`${SITE_ORIGIN}/og/${lang}/${chart.id}/${state.slug}.png`);
    }
    await context.close();
  });
});

function pngSize(buffer: ArrayBuffer): { width: number; height: number } {
  const view = new DataView(buffer);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('share URLs', () => {
  it('have their own preview tags and a 1200 × 630 image', async () => {
    for (const lang of LANGS) {
      for (const s of SECTIONS) {
        const path = `${langPrefix(lang)}/s/${s.id}/`;
        const html = await (await fetch(url(path))).text();
        const meta = (prop: string) => html.match(new RegExp(`<meta (?:property|name)="${prop}" content="([^"]*)"`))?.[1];
        expect(meta('og:title'), path).toContain(s.title[lang]);
        expect(meta('og:description')).toBe(s.description[lang]);
        expect(meta('twitter:card')).toBe('summary_large_image');
        expect(html).toMatch(new RegExp(`<link rel="canonical" href="${SITE_ORIGIN}${path}"`));
        const image = new URL(meta('og:image')!);
        const response = await fetch(url(image.pathname));
        expect(response.headers.get('content-type')).toBe('image/png');
        expect(pngSize(await response.arrayBuffer())).toEqual({ width: 1200, height: 630 });
      }
    }
  });

  it.each([true, false])('open on their chapter (JavaScript %s)', async (javaScriptEnabled) => {
    const context = await newContext(browser, DESKTOP, { javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(url('/en/s/casualty-counts/'));
    await page.waitForURL(/\/en\/#casualty-counts$/);
    await page.waitForTimeout(300);
    const top = await page.locator('#casualty-counts-title').evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-5);
    expect(top).toBeLessThan(400);
    await context.close();
  });
});

describe('chart state in the URL', () => {
  it('reopens the shared view', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(url('/en/?m=fatalities&p=previous&a=niger,russia#regions'), { waitUntil: 'networkidle' });
    expect(await page.isChecked('[data-metric-choice] input[value="fatalities"]')).toBe(true);
    expect(await page.getAttribute('.map-variant--only svg', 'data-metric')).toBe('fatalities');
    expect(await page.getAttribute('.chart-variant--wide[data-bars="violence-by-type"]', 'data-shown')).toBe('previous');
    expect((await page.getAttribute('#partners-timeline', 'data-hidden-lanes'))?.split(' ')).toContain('belgium');
    expect(await page.isChecked('[data-actor-filter] input[value="niger"]')).toBe(true);
    // The downloads and the links to the charts' pages follow the state; two lanes have no file of their own, so all lanes download.
    expect(await page.getAttribute('#region-map a[data-export-link="csv"]', 'href')).toBe('/data/charts/region-map--fatalities.csv');
    expect(await page.getAttribute('#violence-by-type a[data-chart-page]', 'href')).toBe('/en/charts/violence-by-type/?p=previous');
    expect(await page.getAttribute('#partners-timeline a[data-export-link="csv"]', 'href')).toBe('/data/charts/partners-timeline.csv');
    // On a chart's page the images follow the state too.
    await page.goto(url('/en/charts/violence-by-type/?p=previous'), { waitUntil: 'networkidle' });
    expect(await page.getAttribute('#violence-by-type a[data-export-link="png"]', 'href')).toBe('/data/charts/en/violence-by-type--previous.png');
    await page.goto(url('/en/charts/region-map/?m=fatalities'), { waitUntil: 'networkidle' });
    expect(await page.getAttribute('#region-map a[data-export-link="svg"]', 'href')).toBe('/data/charts/en/region-map--fatalities.svg');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('falls back to the defaults on garbage, without errors or injected markup', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(url('/?m=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&p=zzz&a=%25%25%25,<b>&r=NE-99'), { waitUntil: 'networkidle' });
    expect(await page.getAttribute('.map-variant--only svg', 'data-metric')).toBe('incidents');
    expect(await page.getAttribute('.chart-variant--wide[data-bars="violence-by-type"]', 'data-shown')).toBe('all');
    expect(await page.getAttribute('#partners-timeline', 'data-hidden-lanes')).toBe('');
    expect(await page.locator('img[src="x"], b').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('works in embeds too', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(url('/en/embed/region-map/?m=incidents-change'), { waitUntil: 'networkidle' });
    expect(await page.getAttribute('.map-variant--wide svg', 'data-metric')).toBe('incidents-change');
    await context.close();
  });
});

describe('unknown addresses', () => {
  it.each([
    ['/embed/no-such-chart/', 'nl'],
    ['/en/embed/no-such-chart/', 'en'],
    ['/en/s/no-such-chapter/', 'en'],
    ['/fr/embed/no-such-chart/', 'fr'],
  ])('%s gets a helpful page in its language', async (path, lang) => {
    const response = await fetch(url(path));
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain(`<html lang="${lang}"`);
    for (const c of CHARTS) expect(html).toContain(`/embed/${c.id}/`);
    for (const s of SECTIONS) expect(html).toContain(`#${s.id}`);
  });
});

describe('downloads', () => {
  it('every chart’s CSV has the chart’s columns with source and locator', async () => {
    const { CHART_TABLES } = await import('../../src/components/charts/tables.ts');
    for (const [id, build] of Object.entries(CHART_TABLES)) {
      const response = await fetch(url(`/data/charts/${id}.csv`));
      expect(response.headers.get('content-type'), id).toMatch(/^text\/csv/);
      const [header, ...rows] = (await response.text()).trim().split('\n');
      const table = build();
      expect(header, id).toBe(table.columns.map((c) => c.key).join(','));
      expect(header).toMatch(/source_id/);
      expect(header).toMatch(/locator/);
      expect(rows.length).toBe(table.rows.length);
    }
  });

  it('every chart, in every state, downloads as SVG and PNG with its title, state and source in the image', async () => {
    const { CHART_STATES, exportHref } = await import('../../src/charts/states.ts');
    const { chartModel } = await import('../../src/components/charts/models.ts');
    for (const lang of LANGS) {
      for (const chart of CHARTS) for (const state of CHART_STATES[chart.id]) {
        const svg = await fetch(url(exportHref(chart.id, lang, state, 'svg')));
        expect(svg.headers.get('content-type'), chart.id).toBe('image/svg+xml');
        const text = await svg.text();
        expect(text).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
        expect(text).toContain(chart.title[lang].replace(/&/g, '&amp;'));
        expect(text).toContain(`${ui(lang).source}${ui(lang).colon.trimEnd()}`);
        expect(text).toContain(chartModel(chart.id, lang, state).subtitle.split(' ').slice(0, 4).join(' ').replace(/&/g, '&amp;').replace(/>/g, '&gt;'));
        expect(text).not.toMatch(/\b(choose|kies)\b/i);
        const png = await fetch(url(exportHref(chart.id, lang, state, 'png')));
        expect(png.headers.get('content-type')).toBe('image/png');
        const size = pngSize(await png.arrayBuffer());
        const [, w, h] = text.match(/width="(\d+)" height="(\d+)"/)!.map(Number) as [number, number, number];
        expect(size.width).toBe(1600);
        expect(Math.abs(size.height - Math.round((h / w) * 1600))).toBeLessThanOrEqual(2);
      }
    }
  });

  it('the curated datasets download as CSV, byte for byte', async () => {
    const { readFileSync } = await import('node:fs');
    for (const name of ['acled-niger', 'regions', 'timeline', 'discrepancies']) {
      const response = await fetch(url(`/data/${name}.csv`));
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(await response.text()).toBe(readFileSync(`data/${name}.csv`, 'utf8'));
    }
  });
});
