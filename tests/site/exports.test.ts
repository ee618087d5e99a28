import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR, distFiles, readDist } from '../helpers/dist.ts';
import { CHARTS, type ChartId } from '../../src/charts/catalog.ts';
import { acledRegionMetrics } from '../../src/charts/map/acled-metrics.ts';
import { CHART_STATES, exportHref } from '../../src/charts/states.ts';
import { chartModel, violencePeriods } from '../../src/components/charts/models.ts';
import { acledNiger, CURRENT, regions } from '../../src/data/select.ts';
import { LANGS, ui, type Lang } from '../../src/i18n/index.ts';
import { formatPeriod } from '../../src/lib/format.ts';

/** All text an SVG shows, entities decoded, lines of a wrapped paragraph joined. */
function svgText(svg: string): string {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1]!)
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Words that name a state, from the data and dictionaries, not from the export code. */
function stateWords(id: ChartId, state: string, lang: Lang): string[] {
  if (id === 'region-map') {
    const metric = acledRegionMetrics(acledNiger, regions).find((m) => m.id === state)!;
    return [formatPeriod(CURRENT.start, CURRENT.end, lang), metric.label[lang].split(' ')[0]!.toLowerCase()];
  }
  if (id === 'violence-by-type') return violencePeriods(lang).filter((p) => state === 'all' || p.id === state).map((p) => p.label);
  if (id === 'partners-timeline') {
    const w = ui(lang).charts.timeline;
    return [state === 'all' ? w.stateAll : w.lanes[state as keyof typeof w.lanes]];
  }
  return [];
}

describe('chart image downloads', () => {
  for (const lang of LANGS)
    for (const chart of CHARTS)
      for (const state of CHART_STATES[chart.id])
        it(`${lang} ${chart.id} (${state}) names its state and gives no instruction`, () => {
          for (const ext of ['svg', 'png'] as const) expect(existsSync(join(DIST_DIR, exportHref(chart.id, lang, state, ext)))).toBe(true);
          const text = svgText(readDist(exportHref(chart.id, lang, state, 'svg')));
          // svgText makes every space, no-break ones too, a plain space: so does the expectation.
          const plain = (s: string) => s.replace(/\s+/g, ' ');
          expect(text).toContain(plain(chart.title[lang]));
          expect(text).toContain(plain(chartModel(chart.id, lang, state).subtitle));
          for (const word of stateWords(chart.id, state, lang)) expect(text.toLowerCase()).toContain(plain(word).toLowerCase());
          expect(text).not.toMatch(/\b(choose|kies)\b/i);
          // The source line as the language punctuates a label ("Bron:", "Source\u00a0:"), its no-break space kept.
          expect(readDist(exportHref(chart.id, lang, state, 'svg'))).toContain(`>${ui(lang).source}${ui(lang).colon.trimEnd()}`);
        });

  it('holds one image per language, chart, state and format, and no more', () => {
    const expected = LANGS.flatMap((lang) => CHARTS.flatMap((c) => CHART_STATES[c.id].flatMap((s) => (['svg', 'png'] as const).map((ext) => exportHref(c.id, lang, s, ext))))).sort();
    expect(distFiles().filter((f) => /^\/data\/charts\/[a-z]{2}\//.test(f))).toEqual(expected);
    for (const lang of LANGS) expect(expected.filter((f) => f.startsWith(`/data/charts/${lang}/`)).length, lang).toBeGreaterThan(0);
  });

  it('has a CSV of each state that holds that state alone: one metric, one period, one lane', () => {
    for (const chart of CHARTS)
      for (const state of CHART_STATES[chart.id].slice(1)) {
        const [header, ...rows] = readDist(`/data/charts/${chart.id}--${state}.csv`).trim().split('\n');
        const columns = header!.split(',');
        expect(columns).toContain('source_id');
        if (chart.id === 'region-map') {
          const metricColumns = ['incidents', 'fatalities', 'fatalities_per_100k', 'incidents_change'];
          expect(columns.filter((c) => metricColumns.includes(c))).toEqual([state.replace(/-/g, '_')]);
          expect(rows).toHaveLength(8);
        }
        if (chart.id === 'violence-by-type') {
          const [shown, other] = state === 'current' ? ['2024-09-01/2025-05-30', '2023-09-01/2024-05-30'] : ['2023-09-01/2024-05-30', '2024-09-01/2025-05-30'];
          expect(rows.length).toBeGreaterThan(0);
          expect(rows.every((r) => r.includes(`,${shown},`) && !r.includes(other))).toBe(true);
        }
        if (chart.id === 'partners-timeline') {
          expect(rows.length).toBeGreaterThan(0);
          expect(rows.every((r) => r.includes(`,${state},`))).toBe(true);
        }
      }
  });

  it('contains no interface instruction in any download, CSV included', () => {
    for (const f of distFiles().filter((f) => f.startsWith('/data/charts/') && !f.endsWith('.png'))) expect(readDist(f), f).not.toMatch(/\b(choose|kies)\b/i);
  });
});
