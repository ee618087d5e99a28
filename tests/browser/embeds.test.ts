/**
 * Embeds that survive their host: the figure's caption when a CMS strips the iframe and
 * the script, the static image embed, AMP's `embed-size` message, and embed.js taking
 * both versions of our resize message (and no unknown one). Host pages are on another
 * origin (tests/helpers/html-server.ts).
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/catalog.ts';
import { chartModel } from '../../src/components/charts/models.ts';
import { chartStates, stateTitle } from '../../src/components/charts/states.ts';
import { DESKTOP, launchChromium, newContext, serveDist, watchProblems, type Site } from '../helpers/browser.ts';
import { serveHtml, type HtmlServer } from '../helpers/html-server.ts';
import { embedCode, staticEmbedCode } from '../helpers/snippets.ts';

let site: Site;
let browser: Browser;
let hosts: Record<'stripped' | 'image' | 'amp' | 'versions', HtmlServer>;
let origin: string;
const chart = CHARTS.find((c) => c.id === 'violence-by-type')!;
const source = chartModel(chart.id, 'en').source;
const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0"><article style="max-width:720px;margin:0 auto">${body}</article></body></html>`;

/** What a CMS that allows neither iframes nor scripts keeps of the snippet. */
const stripped = (html: string) => html.replace(/<iframe\b[^>]*>\s*<\/iframe>/g, '').replace(/<script\b[^>]*>\s*<\/script>/g, '');

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
  origin = new URL(site.url).origin;
  const mapState = chartStates('region-map').find((s) => s.slug === 'fatalities')!;
  const snippet = embedCode(chart.id, 'en', origin);
  hosts = {
    stripped: await serveHtml(() => page(stripped(snippet))),
    image: await serveHtml(() => page(staticEmbedCode('region-map', mapState.slug, 'en', origin))),
    // An AMP page sizes amp-iframe from AMP's own message and runs no script of ours.
    amp: await serveHtml(() =>
      page(`<script>window.ampMessages = []; addEventListener('message', (e) => { if (e.data && e.data.sentinel === 'amp') ampMessages.push(e.data); });</script>
<iframe src="${origin}/en/embed/${chart.id}/" title="amp" style="width:100%;height:300px;border:0"></iframe>`),
    ),
    versions: await serveHtml(() =>
      page(`<script>window.seen = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'niger-explainer:resize') seen.push(e.data); });</script>
${snippet.replace(' loading="lazy"', '')}`),
    ),
  };
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  for (const h of Object.values(hosts ?? {})) await h.close();
});

async function open(url: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await newContext(browser, DESKTOP);
  const p = await context.newPage();
  const problems = watchProblems(p);
  await p.goto(url, { waitUntil: 'networkidle' });
  return { page: p, problems, close: () => context.close() };
}

const embedFrame = (p: Page): Frame => p.frames().find((f) => f.url().includes(`/embed/${chart.id}/`))!;

describe('a host that strips iframes and scripts', () => {
  it('still shows the chart’s title, its source and a link to it on the site', async () => {
    const { page: p, close } = await open(hosts.stripped.url);
    expect(await p.locator('iframe').count()).toBe(0);
    const caption = p.locator('figure figcaption');
    await expect(caption.isVisible()).resolves.toBe(true);
    const text = (await caption.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(chart.title.en);
    expect(text).toContain(`Source: ${source}`);
    const href = await caption.locator('a').getAttribute('href');
    expect(href).toBe(`${origin}/en/#${chart.id}`);
    // The link leads to the chart.
    await p.goto(href!, { waitUntil: 'load' });
    expect(await p.locator(`#${chart.id} svg`).count()).toBeGreaterThan(0);
    await close();
  });
});

describe('the static embed', () => {
  it('shows the PNG of the chart’s state with its alt text, source and link', async () => {
    const { page: p, problems, close } = await open(hosts.image.url);
    const img = p.locator('figure img');
    const { width, alt } = await img.evaluate((i: HTMLImageElement) => ({ width: i.naturalWidth, alt: i.alt }));
    expect(width).toBe(1200);
    const state = chartStates('region-map').find((s) => s.slug === 'fatalities')!;
    expect(alt).toContain(stateTitle(state, 'en'));
    expect(alt).toContain('Source: ');
    expect(await p.locator('figure a').first().getAttribute('href')).toBe(`${origin}/en/s/region-map/fatalities/`);
    expect((await p.locator('figcaption').innerText()).replace(/\s+/g, ' ')).toContain(stateTitle(state, 'en'));
    expect(problems).toEqual([]);
    await close();
  });
});

describe('an AMP page', () => {
  it('receives AMP’s embed-size with the embed’s content height', async () => {
    const { page: p, close } = await open(hosts.amp.url);
    const frame = embedFrame(p);
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const messages = (await p.evaluate(() => (window as unknown as { ampMessages: { type: string; height: number }[] }).ampMessages)).filter((m) => m.type === 'embed-size');
    expect(messages.length).toBeGreaterThan(0);
    expect(Math.abs(messages.at(-1)!.height - content)).toBeLessThanOrEqual(2);
    await close();
  });
});

describe('embed.js and our resize message', () => {
  it('sends v: 1, and resizes on an unversioned (old) message and a v1 message, not on an unknown version', async () => {
    const { page: p, problems, close } = await open(hosts.versions.url);
    const frame = embedFrame(p);
    const height = () => p.locator('iframe').evaluate((f) => Math.round(f.getBoundingClientRect().height));
    // The embed's own message carries the version.
    const seen = await p.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    expect(seen).toContainEqual(expect.objectContaining({ type: 'niger-explainer:resize', v: 1, chart: chart.id }));
    // Messages as an embed from the site's origin sends them: old (no version), v1, then an unknown version.
    const post = (message: object) => frame.evaluate((m) => parent.postMessage(m, '*'), message);
    await post({ type: 'niger-explainer:resize', chart: chart.id, height: 1234 });
    await p.waitForTimeout(200);
    expect(await height()).toBe(1234);
    await post({ type: 'niger-explainer:resize', v: 1, chart: chart.id, height: 1300 });
    await p.waitForTimeout(200);
    expect(await height()).toBe(1300);
    await post({ type: 'niger-explainer:resize', v: 2, chart: chart.id, height: 1400 });
    await p.waitForTimeout(200);
    expect(await height()).toBe(1300);
    expect(problems).toEqual([]);
    await close();
  });
});
