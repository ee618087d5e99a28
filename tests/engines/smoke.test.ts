/**
 * The same reader's walk in Chromium, Firefox and WebKit, as each browser comes by
 * default (motion allowed), and deep links again with "reduce motion" set in the
 * browser: links land, toggles and tips work, an embed sizes itself on another origin,
 * the language switch keeps the chapter, the French edition's links, share page, embed and
 * exports work, nothing overflows at 390 px, no console error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/catalog.ts';
import { ARTEFACTS, DESKTOP, PHONE, ROOT, serveDist, type Site } from '../helpers/browser.ts';
import { ENGINES, waitUntil, type Engine, type EngineName, type Motion, type Tab } from '../helpers/engines/index.ts';
import { serveThroughProbe } from '../helpers/engines/probe-proxy.ts';
import { serveHtml, type HtmlServer } from '../helpers/html-server.ts';
import { embedCode } from '../helpers/snippets.ts';

const NAMES = (process.env.ENGINES?.split(',') ?? Object.keys(ENGINES)) as EngineName[];
/** Cold loads: a step, a chart, the first and the last region, far chapters laid out late. */
const COLD = ['partners-unravelling', 'violence', 'region-map', 'tillaberi', 'niamey', 'displacement'];
const VERSIONS = join(ROOT, 'test-results', 'engines.json');

let dist: Site;
let site: HtmlServer;
let host: HtmlServer;
const url = (path: string) => new URL(path, site.url).href;
const versions: Record<string, string> = {};

beforeAll(async () => {
  dist = await serveDist();
  site = await serveThroughProbe(dist.url);
  const chart = CHARTS.find((c) => c.id === 'violence-by-type')!;
  const origin = new URL(site.url).origin;
  // A host article on another origin; with ?late the resize script arrives after the iframe has loaded.
  host = await serveHtml((u) => {
    const snippet = embedCode(chart.id, 'en', origin);
    const cut = snippet.lastIndexOf('\n<script');
    const [frame, script] = [snippet.slice(0, cut), snippet.slice(cut + 1)];
    const late = u.searchParams.has('late')
      ? `<script>document.querySelector('iframe').addEventListener('load', () => setTimeout(() => { const s = document.createElement('script'); s.src = ${JSON.stringify(`${origin}/embed.js`)}; document.body.append(s); }, 300));</script>`
      : script;
    return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Host article</title><body style="margin:0"><article style="max-width:700px;margin:0 auto"><h1>Host</h1><div id="one">${frame!.replace(' loading="lazy"', '')}</div></article>${late}</body></html>`;
  });
});

afterAll(async () => {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(VERSIONS, `${JSON.stringify(versions, null, 2)}\n`);
  await host?.close();
  await site?.close();
  await dist?.close();
});

/** Where a deep link's target is: its top (the page keeps a scroll padding of about 32–48 px), the address, the focus. */
function place(tab: Tab, id: string) {
  return tab.evaluate((target: string) => {
    const el = document.getElementById(target)!;
    // A target near the end of the page cannot reach the top: then the page is scrolled as far as it goes.
    const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
    return { top: Math.round(el.getBoundingClientRect().top), atEnd, visible: el.getBoundingClientRect().top < innerHeight, hash: location.hash, focus: el.contains(document.activeElement) };
  }, id);
}

const inBand = (top: number) => top >= -1 && top <= 120;
/** At the top, or, for a target the page cannot scroll to the top, visible with the page at its end. */
const landed = (p: { top: number; atEnd: boolean; visible: boolean }) => inBand(p.top) || (p.atEnd && p.visible && p.top > 0);

/** The target settles at the top of the screen, keeps its place and the address, and holds the focus. */
async function expectLanded(tab: Tab, id: string, what: string): Promise<void> {
  let steady = 0;
  let last = NaN;
  await waitUntil(
    async () => {
      const now = await place(tab, id);
      steady = landed(now) && now.focus && Math.abs(now.top - last) < 1 ? steady + 1 : 0;
      last = now.top;
      return { steady, ...now };
    },
    (n) => n.steady >= 3,
    `${what}: #${id} to settle at the top with the focus`,
  );
  await new Promise((r) => setTimeout(r, 400));
  const after = await place(tab, id);
  expect(landed(after), `${what}: #${id} top ${after.top}`).toBe(true);
  expect(after.hash, `${what}: address`).toBe(`#${id}`);
  expect(after.focus, `${what}: focus inside #${id}`).toBe(true);
}

async function deepLinks(engine: Engine, viewport: typeof DESKTOP, everyId: boolean): Promise<void> {
  const tab = await engine.newTab(viewport);
  const what = `${engine.name}, motion ${engine.motion}, ${viewport.width} px`;
  try {
    for (const id of COLD) {
      await tab.open(url(`/en/#${id}`));
      await expectLanded(tab, id, `${what}, cold load`);
    }
    const ids = everyId ? await tab.evaluate(() => [...document.querySelectorAll('main :is(section, figure, article)[id]')].map((e) => e.id), null) : COLD;
    expect(ids.length).toBeGreaterThan(5);
    // Back and forth: far targets after near ones, through chapters not yet laid out.
    const order = ids.map((_, i) => ids[i % 2 ? ids.length - 1 - (i >> 1) : i >> 1]!);
    for (const id of order) {
      await tab.evaluate((h: string) => void (location.hash = h), id);
      await expectLanded(tab, id, `${what}, hash change`);
    }
    // Scroll the whole page up and down, screen by screen, then follow one more link.
    await tab.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      while (scrollY > 0) (scrollBy({ top: -innerHeight * 2, behavior: 'instant' }), await frame());
      while (scrollY + innerHeight < document.documentElement.scrollHeight - 2) (scrollBy({ top: innerHeight * 2, behavior: 'instant' }), await frame());
    }, null);
    await tab.evaluate(() => void (location.hash = 'diffa'), null);
    await expectLanded(tab, 'diffa', `${what}, after scrolling through the page`);
    expect(await tab.problems()).toEqual([]);
  } finally {
    await tab.close();
  }
}

describe.each(NAMES)('%s', (name) => {
  for (const motion of ['no-preference', 'reduce'] as Motion[]) {
    describe(`with motion ${motion === 'reduce' ? 'reduced' : 'allowed (the default)'}`, () => {
      let engine: Engine;
      beforeAll(async () => {
        engine = await ENGINES[name](motion);
        versions[name] = engine.version;
      });
      afterAll(() => engine?.close());

      it('deep links land on desktop: cold loads, every target by hash change, after scrolling', async () => {
        await deepLinks(engine, DESKTOP, true);
      });

      it('deep links land on a phone', async () => {
        await deepLinks(engine, PHONE, false);
      });

      if (motion === 'reduce') return;

      it('a malformed fragment is ignored: no error, the address still follows the reader, the timeline still steps', async () => {
        const tab = await engine.newTab(DESKTOP);
        for (const bad of ['%', '%E0%A4%A']) {
          await tab.open(url(`/en/#${bad}`));
          // The reader scrolls to a chapter, then to a step (again while parts above it are laid out).
          const reach = (selector: string, read: string) =>
            tab.evaluate(
              ([sel, attr]: string[]) => {
                const el = document.querySelector<HTMLElement>(sel!)!;
                if (Math.abs(el.getBoundingClientRect().top - innerHeight * 0.2) > 4) scrollBy({ top: el.getBoundingClientRect().top - innerHeight * 0.2, behavior: 'instant' });
                return attr === 'hash' ? location.hash : document.querySelector<HTMLElement>('[data-scrolly]')!.dataset.activeEra;
              },
              [selector, read],
            );
          await waitUntil(() => reach('#background', 'hash'), (h) => h === '#background', 'the address to follow the reader');
          await waitUntil(() => reach('[data-step="coup"]', 'era'), (era) => era === 'coup', 'the timeline to step');
        }
        await tab.evaluate(() => void (location.hash = '%'), null);
        await new Promise((r) => setTimeout(r, 300));
        expect(await tab.problems()).toEqual([]);
        await tab.close();
      });

      it('the map metric and the violence period toggle', async () => {
        const tab = await engine.newTab(DESKTOP);
        await tab.open(url('/en/#regions'));
        // The link lands once the interactions have loaded; a click before then may meet a page still scrolling to it.
        await expectLanded(tab, 'regions', 'before the toggles');
        const classes = () => tab.evaluate(() => [...document.querySelectorAll('.map-variant--only .map-region')].map((p) => p.getAttribute('class')).join('|'), null);
        const before = await classes();
        await tab.click('[data-metric-choice="region-map"] input[value="fatalities-per-100k"]');
        await waitUntil(classes, (c) => c !== before, 'the map to recolour');
        expect(await tab.evaluate(() => location.search, null)).toContain('m=fatalities-per-100k');
        await tab.click('[data-series-choice="violence-by-type"] input[value="previous"]');
        await waitUntil(() => tab.evaluate(() => document.querySelector('.chart-variant--wide[data-bars="violence-by-type"]')!.getAttribute('data-shown'), null), (shown) => shown === 'previous', 'the violence chart to show the year before');
        expect(await tab.problems()).toEqual([]);
        await tab.close();
      });

      it('a figure shows its source on a click and on keyboard focus', async () => {
        const tab = await engine.newTab(DESKTOP);
        await tab.open(url('/en/#violence'));
        await expectLanded(tab, 'violence', 'before the tips');
        const layer = () => tab.evaluate(() => {
          const l = document.querySelector<HTMLElement>('.fig-layer')!;
          return { shown: !l.hidden && l.getBoundingClientRect().height > 0, text: l.textContent, source: document.querySelector('#violence .fig .fig__tip')!.textContent };
        }, null);
        await tab.click('#violence .fig');
        const clicked = await waitUntil(layer, (l) => l.shown, 'the tip after a click');
        expect(clicked.text).toBe(clicked.source);
        expect(clicked.source).toMatch(/CGRS\/Cedoca/);
        await tab.press('Escape');
        await waitUntil(layer, (l) => !l.shown, 'Escape to close the tip');
        // Keyboard: from the chapter's heading (where the deep link put the focus), Tab to the first figure.
        await tab.evaluate(() => document.getElementById('violence-title')!.focus(), null);
        await waitUntil(layer, (l) => !l.shown, 'the tip to close when the focus leaves');
        const onFigure = () => tab.evaluate(() => document.activeElement === document.querySelector('#violence .fig'), null);
        for (let presses = 0; presses < 6 && !(await onFigure()); presses++) {
          await tab.press('Tab');
          // WebKit moves the focus a moment after the key (its UI process has a say in it).
          await new Promise((r) => setTimeout(r, 150));
        }
        expect(await onFigure(), 'Tab reaches the first figure').toBe(true);
        const focused = await waitUntil(layer, (l) => l.shown, 'the tip on keyboard focus');
        expect(focused.text).toBe(focused.source);
        expect(await tab.problems()).toEqual([]);
        await tab.close();
      });

      it('an embed on another origin takes its content height, also when the script comes after the iframe', async () => {
        const tab = await engine.newTab(DESKTOP);
        for (const variant of ['', '?late']) {
          await tab.open(`${host.url}${variant}`);
          const content = () => tab.evaluateInFrame('#one iframe', () => Math.ceil(document.documentElement.getBoundingClientRect().height), null);
          const frame = () => tab.evaluate(() => Math.round(document.querySelector('iframe')!.getBoundingClientRect().height), null);
          await waitUntil(async () => Math.abs((await frame()) - (await content())), (d) => d <= 2, `the iframe${variant} to take its content height`);
        }
        await tab.close();
      });

      it('the language switch keeps the chapter, through every language', async () => {
        const tab = await engine.newTab(DESKTOP);
        await tab.open(url('/#violence'));
        await expectLanded(tab, 'violence', 'before the switch');
        for (const [lang, path] of [['en', '/en/'], ['fr', '/fr/'], ['nl', '/']]) {
          await tab.click(`a[data-lang-switch][hreflang="${lang}"]`);
          await waitUntil(() => tab.evaluate(() => `${document.documentElement.lang} ${location.pathname}${location.hash}`, null), (s) => s === `${lang} ${path}#violence`, `the ${lang} page`);
          await expectLanded(tab, 'violence', `after the switch to ${lang}`);
        }
        expect(await tab.problems()).toEqual([]);
        await tab.close();
      });

      it('in French: deep links land, a share page and an embed are French, the chart page offers French exports', async () => {
        const tab = await engine.newTab(DESKTOP);
        await tab.open(url('/fr/#tillaberi'));
        await expectLanded(tab, 'tillaberi', 'French, cold load');
        await tab.evaluate(() => void (location.hash = 'casualty-counts'), null);
        await expectLanded(tab, 'casualty-counts', 'French, hash change');
        // A share page sends a reader on to the story at once: what a link preview reads is its markup.
        const share = await tab.evaluate(async () => {
          const doc = new DOMParser().parseFromString(await (await fetch('/fr/s/region-map/fatalities/')).text(), 'text/html');
          return { lang: doc.documentElement.lang, card: doc.querySelector('meta[property="og:image"]')?.getAttribute('content'), title: doc.querySelector('meta[property="og:title"]')?.getAttribute('content') };
        }, null);
        expect(share.lang).toBe('fr');
        expect(share.title).toMatch(/Morts/);
        expect(share.card).toMatch(/\/og\/fr\/region-map\/fatalities\.png$/);
        const page = () => tab.evaluate(() => ({ lang: document.documentElement.lang, charts: document.querySelectorAll('svg').length }), null);
        await tab.open(url('/fr/embed/region-map/'));
        const embed = await page();
        expect(embed).toMatchObject({ lang: 'fr' });
        expect(embed.charts).toBeGreaterThan(0);
        await tab.open(url('/fr/charts/region-map/'));
        const exports = await tab.evaluate(async () => {
          const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="/data/charts/fr/"]')];
          return Promise.all(links.map(async (a) => {
            const res = await fetch(a.href);
            return `${new URL(a.href).pathname} ${res.status} ${res.headers.get('content-type')}`;
          }));
        }, null);
        expect(exports).toEqual(['/data/charts/fr/region-map.svg 200 image/svg+xml', '/data/charts/fr/region-map.png 200 image/png']);
        expect(await tab.problems()).toEqual([]);
        await tab.close();
      });

      it('nothing overflows sideways at 390 px', async () => {
        const tab = await engine.newTab(PHONE);
        for (const path of ['/', '/en/', '/fr/', '/en/embed/region-map/', '/fr/embed/region-map/']) {
          await tab.open(url(path));
          const { width, scroll, client } = await tab.evaluate(() => ({ width: innerWidth, scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }), null);
          expect(width, path).toBe(PHONE.width);
          expect(scroll, path).toBeLessThanOrEqual(client);
        }
        mkdirSync(ARTEFACTS, { recursive: true });
        await tab.open(url('/en/'));
        await tab.screenshot(join(ARTEFACTS, `engine-${name}-phone.png`));
        expect(await tab.problems()).toEqual([]);
        await tab.close();
      });
    });
  }
});
