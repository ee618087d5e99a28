import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/i18n/sections.ts';
import { REGION_SLUGS } from '../../src/lib/regions.ts';
import { runAxe, withoutSiteScripts } from '../helpers/axe.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTEFACTS, DESKTOP, launchChromium, newContext, PHONE, serveDist, watchProblems, type Site } from '../helpers/browser.ts';
import { LANGS, langOfPath, langPrefix } from '../../src/i18n/lang.ts';

/** The story in every language. */
const STORY_PATHS = LANGS.map((lang) => `${langPrefix(lang)}/`);

const artefact = (name: string) => {
  mkdirSync(ARTEFACTS, { recursive: true });
  return join(ARTEFACTS, `${name}.png`);
};

let site: Site;
let browser: Browser;
const url = (path: string) => new URL(path, site.url).href;

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, options: Parameters<typeof newContext>[2] & { viewport?: { width: number; height: number } } = {}): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await newContext(browser, options.viewport ?? DESKTOP, options);
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(url(path), { waitUntil: 'networkidle' });
  return { page, problems, close: () => context.close() };
}

const inViewport = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return !!r && r.top < innerHeight && r.bottom > 0;
  }, selector);

describe('navigation', () => {
  it('every chapter link in the contents scrolls to its chapter', async () => {
    const { page, problems, close } = await open('/en/');
    // The contents are one tap away: a disclosure on the first screen.
    await page.click('.toc summary');
    for (const s of SECTIONS) {
      await page.click(`.toc a[href="#${s.id}"]`);
      await page.waitForFunction((id) => location.hash === `#${id}`, s.id);
      await page.waitForTimeout(50);
      expect(await inViewport(page, `#${s.id}-title`), s.id).toBe(true);
    }
    expect(problems).toEqual([]);
    await close();
  });

  it("every region's short part exists and choosing a region on the map lands on it", async () => {
    const { page, close } = await open('/');
    for (const slug of Object.values(REGION_SLUGS)) expect(await page.locator(`#${slug}`).count(), slug).toBe(1);
    await page.locator('.map-variant--only [data-region="NE-3"]').click();
    await page.waitForFunction(() => location.hash === '#dosso');
    expect(await inViewport(page, '#dosso')).toBe(true);
    // Niamey, a small enclave, is selectable too.
    await page.goto(url('/#regions'));
    await page.locator('.map-variant--only [data-region="NE-8"] .map-hit').click();
    await page.waitForFunction(() => location.hash === '#niamey');
    await close();
  });

  it('the language switch keeps the reader’s chapter', async () => {
    const { page, close } = await open('/#violence');
    await page.click('a[data-lang-switch]');
    await page.waitForURL(/\/en\/#violence$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await close();
  });
});

describe('interactions', () => {
  it('scroll steps change the timeline graphic, and a deep link lands on its step', async () => {
    const { page, close } = await open('/en/');
    const eras: string[] = [];
    for (const step of await page.locator('[data-scrolly] [data-step]').all()) {
      // The step's top a little above the trigger line (55 % down the screen), as a reader scrolls it there.
      await step.evaluate((el) => scrollBy(0, el.getBoundingClientRect().top - innerHeight * 0.4));
      await page.waitForTimeout(150);
      eras.push((await page.getAttribute('[data-scrolly]', 'data-active-era')) ?? '');
    }
    expect(eras).toEqual(['beginnings', 'missions', 'coup', 'unravelling', 'new-alliances']);
    await close();

    const deep = await open('/en/#partners-unravelling');
    expect(await deep.page.getAttribute('[data-scrolly]', 'data-active-era')).toBe('unravelling');
    await deep.close();
  });

  it('a figure far down the page (a chapter laid out only when near) shows its source inside the screen on a phone', async () => {
    const { page, close } = await open('/en/', { viewport: PHONE });
    const fig = page.locator('#niamey .fig').first();
    await fig.scrollIntoViewIfNeeded();
    await fig.tap();
    const layer = page.locator('.fig-layer');
    expect(await layer.isVisible()).toBe(true);
    const box = (await layer.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(await layer.textContent()).toBe(await fig.locator('.fig__tip').textContent());
    await close();
  });

  it('the timeline goes live (sticky, stepped) on the reader’s first move, not during the first paint', async () => {
    const { page, close } = await open('/en/', { viewport: PHONE });
    await page.waitForTimeout(300);
    const live = () => page.locator('[data-scrolly]').evaluate((el) => el.classList.contains('is-live'));
    expect(await live()).toBe(false);
    await page.mouse.wheel(0, 300);
    await page.waitForFunction(() => document.querySelector('[data-scrolly]')?.classList.contains('is-live'));
    await close();
  });

  it('the metric choice switches circles and shades, legend and downloads; the period choice the violence chart', async () => {
    const { page, problems, close } = await open('/');
    const classes = () => page.locator('.map-variant--only .map-region').evaluateAll((paths) => paths.map((p) => p.getAttribute('class')));
    const radii = () => page.locator('.map-variant--only .map-circle').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('r'))));
    const keyShown = () => page.locator('.map-variant--only [data-key-for]').evaluateAll((ks) => ks.filter((k) => k.getAttribute('display') !== 'none').map((k) => k.getAttribute('data-key-for')));
    // The story links the data and the chart's page (with its images) in the state shown.
    const pageHref = () => page.getAttribute('#region-map a[data-chart-page]', 'href');
    // Counts: a circle on every region over a neutral base, with its key.
    expect((await classes()).every((c) => c?.includes('base'))).toBe(true);
    expect((await radii()).filter((r) => r > 0)).toHaveLength(8);
    expect(await keyShown()).toEqual(['incidents']);
    expect(await pageHref()).toBe('/charts/region-map/');
    await page.locator('[data-metric-choice] input[value="fatalities"]').check();
    expect(await keyShown()).toEqual(['fatalities']);
    expect(await pageHref()).toBe('/charts/region-map/?m=fatalities');
    // Rates: shades, no circles, no circle key.
    const before = await classes();
    await page.locator('[data-metric-choice] input[value="fatalities-per-100k"]').check();
    expect(await classes()).not.toEqual(before);
    expect((await classes()).some((c) => /\bq\d\b/.test(c ?? ''))).toBe(true);
    expect((await radii()).every((r) => r === 0)).toBe(true);
    expect(await keyShown()).toEqual([]);
    expect(await page.locator('[data-legend="fatalities-per-100k"]').isVisible()).toBe(true);
    expect(await page.locator('[data-legend="fatalities-per-100k"] .map-legend__title').textContent()).toMatch(/100\.000.*2024/);
    expect(page.url()).toContain('m=fatalities-per-100k');
    expect(await page.locator('#region-map-summary').textContent()).toMatch(/^Tillabéri .*100\.000/);
    expect(await page.getAttribute('#region-map a[data-export-link="csv"]', 'href')).toBe('/data/charts/region-map--fatalities-per-100k.csv');
    // Change: the legend states the small-count rule.
    await page.locator('[data-metric-choice] input[value="incidents-change"]').check();
    expect(await page.locator('[data-legend="incidents-change"]').textContent()).toMatch(/minder dan 10 incidenten/);
    // By keyboard: the arrow keys move through the metrics.
    await page.locator('[data-metric-choice] input[value="incidents-change"]').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.getAttribute('.map-variant--only svg', 'data-metric')).toBe('fatalities-per-100k');

    await page.locator('[data-series-choice="violence-by-type"] input[value="previous"]').check();
    expect(await page.getAttribute('.chart-variant--wide[data-bars="violence-by-type"]', 'data-shown')).toBe('previous');
    expect(page.url()).toContain('p=previous');
    expect(await page.getAttribute('#violence-by-type a[data-export-link="csv"]', 'href')).toBe('/data/charts/violence-by-type--previous.csv');
    expect(problems).toEqual([]);
    await close();
  });

  it('the actor filter hides a lane in the timeline', async () => {
    const { page, close } = await open('/en/');
    expect(await page.locator('.timeline.chart-variant--only [data-lane="belgium"]').first().isVisible()).toBe(true);
    await page.locator('[data-actor-filter] input[value="belgium"]').uncheck();
    expect(await page.locator('.timeline.chart-variant--only [data-lane="belgium"]').first().isVisible()).toBe(false);
    // The data exist for all lanes and for one: nine lanes download all of them.
    expect(await page.getAttribute('#partners-timeline a[data-export-link="csv"]', 'href')).toBe('/data/charts/partners-timeline.csv');
    const checked = await page.locator('[data-actor-filter] input:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    for (const value of checked.filter((v) => v !== 'france')) await page.locator(`[data-actor-filter] input[value="${value}"]`).uncheck();
    expect(await page.getAttribute('#partners-timeline a[data-export-link="csv"]', 'href')).toBe('/data/charts/partners-timeline--france.csv');
    await close();
  });

  it('figures show their source on hover and on keyboard focus; map regions show a tooltip', async () => {
    const { page, close } = await open('/en/');
    const fig = page.locator('#violence .fig').first();
    const layer = page.locator('.fig-layer');
    const source = (await fig.locator('.fig__tip').textContent()) ?? '';
    expect(source).toMatch(/CGRS\/Cedoca.*§/);
    await fig.hover();
    await expect.poll(() => layer.isVisible()).toBe(true);
    expect(await layer.textContent()).toBe(source);
    await page.mouse.move(0, 0);
    await expect.poll(() => layer.isVisible()).toBe(false);
    await fig.focus();
    expect(await layer.isVisible()).toBe(true);
    expect(await layer.textContent()).toBe(source);
    await page.keyboard.press('Escape');
    expect(await layer.isVisible()).toBe(false);

    // Agadez: in the phone layout Niamey's circle sits on Tillabéri's middle.
    const region = page.locator('.map-variant--only [data-region="NE-1"]');
    await region.hover();
    expect(await page.locator('.map-variant--only').locator('..').locator('.map-tooltip').isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    await region.focus();
    const tip = page.locator('[data-map-wrap] .map-tooltip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/Agadez/);
    await close();
  });
});

describe('without JavaScript', () => {
  it.each(STORY_PATHS)('%s shows every chart as SVG and every step as text', async (path) => {
    const { page, close } = await open(path, { javaScriptEnabled: false });
    const frames = await page.locator('.chart-frame').count();
    expect(frames).toBeGreaterThanOrEqual(6);
    const withoutSvg = await page.locator('.chart-frame').evaluateAll((fs) => fs.filter((f) => !f.querySelector('svg')).map((f) => f.id));
    expect(withoutSvg).toEqual([]);
    // The map shows its default metric completely: a circle per region, its key and its legend.
    const circles = await page.locator('.map-variant--only .map-circle').evaluateAll((cs) => cs.filter((c) => Number(c.getAttribute('r')) > 0).length);
    expect(circles).toBe(8);
    expect(await page.locator('.map-variant--only [data-key-for="incidents"]').getAttribute('display')).toBeNull();
    expect(await page.locator('#region-map [data-legend="incidents"]').isVisible()).toBe(true);
    expect(await page.locator('.map-variant--only .map-locator').count()).toBe(1);
    const hiddenSteps = await page.locator('[data-step]').evaluateAll((steps) => steps.filter((s) => Number(getComputedStyle(s).opacity) < 1).length);
    expect(hiddenSteps).toBe(0);
    // The in-place tip is the source without JavaScript.
    const fig = page.locator('#sources .fig, #displacement .fig').first();
    await fig.hover();
    expect(await fig.locator('.fig__tip').isVisible()).toBe(true);
    await page.screenshot({ path: artefact(`story-nojs-${langOfPath(path)}-desktop`) });
    await close();
  });
});

describe('layout', () => {
  for (const [lang, path] of LANGS.map((l) => [l, `${langPrefix(l)}/`] as const)) {
    for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
      it(`${lang} on ${name}: nothing overflows sideways; a screenshot of every chapter`, { timeout: 240_000 }, async () => {
        const { page, problems, close } = await open(path, { viewport });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // Each chart shows one of its two layouts (wide or narrow), never both.
        const doubled = await page.evaluate(() =>
          [...document.querySelectorAll('.chart-frame')]
            .filter((f) => [...f.querySelectorAll('svg[class*="chart-variant--"]')].filter((s) => getComputedStyle(s).display !== 'none' && !s.closest('.scrolly__steps')).length > 1 + f.querySelectorAll('svg[class*="chart-variant--"][class*="mini"]').length)
            .map((f) => f.id),
        );
        expect(doubled).toEqual([]);
        // One screen from the top of each chapter (whole chapters run to many screens on a phone).
        for (const s of SECTIONS) {
          await page.locator(`#${s.id}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
          await page.waitForTimeout(100);
          await page.screenshot({ path: artefact(`section-${lang}-${name}-${s.id}`) });
        }
        expect(problems).toEqual([]);
        await close();
      });
    }
  }
});

describe('parts laid out only when near', () => {
  it.each(STORY_PATHS)('%s: every deferred part fits the height reserved for it on a 320 px phone', async (path) => {
    const { page, close } = await open(path, { viewport: { width: 320, height: 640 } });
    const parts = await page.locator('.render-when-near').evaluateAll((els) =>
      els.filter((el) => getComputedStyle(el).contentVisibility === 'auto').map((el) => {
        const reserved = parseFloat(getComputedStyle(el).getPropertyValue('--render-estimate'));
        (el as HTMLElement).style.contentVisibility = 'visible';
        return { part: el.id || el.className, height: el.getBoundingClientRect().height, reserved };
      }),
    );
    // Every chapter, those with form controls too, and the timeline's steps.
    expect(parts.length).toBeGreaterThanOrEqual(9);
    for (const p of parts) expect(p.height, `${p.part} is ${Math.round(p.height)} px, reserves ${p.reserved} px`).toBeLessThanOrEqual(p.reserved);
    await close();
  });

  it('a skipped part still takes focus and comes into view', async () => {
    const { page, close } = await open('/en/', { viewport: PHONE });
    const skipped = await page.locator('#sources').evaluate((el) => getComputedStyle(el).contentVisibility);
    expect(skipped).toBe('auto');
    await page.locator('#sources h2').focus();
    expect(await inViewport(page, '#sources h2')).toBe(true);
    await close();
  });
});

describe('accessibility', () => {
  for (const path of STORY_PATHS) {
    it(`axe finds nothing on ${path}, with and without the site's scripts, on desktop and phone`, async () => {
      for (const [scripts, viewport] of [[true, DESKTOP], [false, DESKTOP], [true, PHONE]] as const) {
        const context = await newContext(browser, viewport);
        const page = await context.newPage();
        if (!scripts) await withoutSiteScripts(page);
        await page.goto(url(path), { waitUntil: 'load' });
        const close = () => context.close();
        const violations = await runAxe(page);
        expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
        await close();
      }
    });
  }
});
