import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as data from '../../src/data/index.ts';
import { FIGURES } from '../../src/figures/index.ts';
import { figureText, figureView } from '../../src/figures/view.ts';
import { launchChromium, newContext, serveDist, type Site } from '../helpers/browser.ts';
import { ui } from '../../src/i18n/index.ts';
import { LANGS, langOfPath, langPrefix, type Lang } from '../../src/i18n/lang.ts';

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

/** Every number in the curated datasets. */
function numbersInData(): Set<number> {
  const set = new Set<number>();
  const tables = [data.acledNiger, data.regions, data.displacement, data.humanitarian, data.deployments, data.incidents, data.datasetSummaries];
  for (const table of tables) for (const row of table as readonly object[]) for (const v of Object.values(row)) if (typeof v === 'number') set.add(v);
  return set;
}

/** Elements whose numbers are data by construction: figures, charts, tables, dates, source lines, chart text alternatives. */
const ALLOWED = '.fig, .fig-layer, svg, table, time, cite, code, .sources-note, .kicker, .chart-frame__source, .chart-summary, .chart-frame__subtitle, .map-legend, .series-key, .map-tooltip, script, style';

/** A tip opens with its label, the dictionary's "Source" or "Derived", and a colon (in French after a no-break space). */
const labelled = (derived: boolean, lang: Lang) => {
  const t = ui(lang);
  return new RegExp(`^\\s*${derived ? t.figure.derived : t.source}\u00a0?:`);
};

describe.each(LANGS.map((lang) => `${langPrefix(lang)}/`))('numbers on %s', (path) => {
  it('appear in the text only through the figure component (years and dates aside)', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(new URL(path, site.url).href, { waitUntil: 'networkidle' });
    const offenders = await page.evaluate((allowed) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest(allowed)) continue;
        // Years (1900–2099), ISO dates and section numbers (§6.2) are not figures.
        // Units ("per 100.000 inwoners"), licence versions ("CC BY 4.0") and an air base's name ("Air Base 101", as the
        // parity check of the content allows it) are not figures either.
        const text = (node.textContent ?? '')
          .replace(/\b(19|20)\d\d\b/g, '')
          .replace(/\b(?:[Vv]liegbasis|Air Base|[Bb]ase aérienne) \d+\b/g, '')
          .replace(/§\s?[\d.]+/g, '')
          .replace(/(?:per|pour) 100[.,\s\u00a0\u202f]000/g, '')
          .replace(/CC BY \d\.\d/g, '');
        const match = text.match(/\d[\d.,]*\d/);
        if (match) found.push(`${match[0]} in “${(node.textContent ?? '').trim().slice(0, 80)}” (<${parent.tagName.toLowerCase()} class="${parent.className}">)`);
      }
      return found;
    }, ALLOWED);
    expect(offenders).toEqual([]);
    await context.close();
  });

  it('every registry figure shows its own entry: value, formatting, qualifier and every source locator', async () => {
    const lang = langOfPath(path);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(new URL(path, site.url).href, { waitUntil: 'networkidle' });
    const shown = await page.locator('.fig[data-figure-id]').evaluateAll((els) =>
      els.map((e) => ({
        id: e.getAttribute('data-figure-id') ?? '',
        value: Number(e.getAttribute('data-figure')),
        text: [...e.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('fig__tip'))).map((n) => n.textContent).join(''),
        tip: e.querySelector('.fig__tip')?.textContent ?? '',
      })),
    );
    expect(shown.length).toBeGreaterThan(40);
    for (const f of shown) {
      const def = FIGURES.get(f.id);
      expect(def, `unknown figure id ${f.id}`).toBeDefined();
      const view = figureView(figureText(def!, lang), lang);
      expect({ id: f.id, value: f.value }).toEqual({ id: f.id, value: def!.value });
      expect(f.text.replace(/\s+/g, ' ').trim(), f.id).toBe(`${view.prefix}${view.formatted}${view.unit ? ` ${view.unit}` : ''}`.replace(/\s+/g, ' ').trim());
      for (const row of def!.from) expect(f.tip, `${f.id} cites ${row.locator}`).toContain(row.locator);
      expect(f.tip).toMatch(labelled(!!def!.derivation, lang));
    }
    await context.close();
  });

  it('figures outside the registry (per-row figures of tables and timelines) are values in the data; derived ones say so', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(new URL(path, site.url).href, { waitUntil: 'networkidle' });
    const figures = await page.locator('.fig:not([data-figure-id])').evaluateAll((els) =>
      els.map((e) => ({ value: Number(e.getAttribute('data-figure')), derived: e.classList.contains('fig--derived'), tip: e.querySelector('.fig__tip')?.textContent ?? '' })),
    );
    const known = numbersInData();
    const unknown = figures.filter((f) => !f.derived && !known.has(f.value));
    expect(unknown).toEqual([]);
    for (const f of figures) expect(f.tip).toMatch(labelled(f.derived, langOfPath(path)));
    await context.close();
  });
});
