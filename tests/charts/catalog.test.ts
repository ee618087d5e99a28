import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHARTS, chartInfo, TABLE_ONLY_IDS } from '../../src/charts/catalog.ts';

const story = (lang: string, section: string) => resolve(import.meta.dirname, `../../src/content/story/${lang}/${section}.mdoc`);

describe('the chart registry', () => {
  it('lists each id once, and no table-only id is also a chart', () => {
    const ids = CHARTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of TABLE_ONLY_IDS) expect(ids).not.toContain(id);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('puts every chart in a chapter that exists in both languages', () => {
    for (const c of CHARTS) for (const lang of ['nl', 'en']) expect(existsSync(story(lang, c.section)), `${c.id} → ${lang}/${c.section}`).toBe(true);
  });

  it('titles every chart in both languages and gives its embed a starting height', () => {
    for (const c of CHARTS) {
      expect(c.title.nl.length, c.id).toBeGreaterThan(0);
      expect(c.title.en.length, c.id).toBeGreaterThan(0);
      expect(Math.min(c.embedHeight.narrow, c.embedHeight.wide), c.id).toBeGreaterThan(0);
    }
    expect(chartInfo('casualty-chart').title.en).not.toBe(chartInfo('casualty-chart').title.nl);
  });

  it('finds a chart by id, and nothing for an unknown one', () => {
    expect(chartInfo('region-map')?.section).toBe('regions');
    expect(chartInfo('no-such-chart')).toBeUndefined();
  });
});
