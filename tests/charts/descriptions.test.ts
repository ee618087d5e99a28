import { describe, expect, it } from 'vitest';
import { CHARTS, type ChartId } from '../../src/charts/catalog.ts';
import { CHART_STATES } from '../../src/charts/states.ts';
import { CHART_TABLES } from '../../src/components/charts/tables.ts';
import { chartModel } from '../../src/components/charts/models.ts';
import type { ChartTable } from '../../src/charts/table-model.ts';

type TableRow = ChartTable['rows'][number];
import { LANGS, ui, type Lang } from '../../src/i18n/index.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { violenceByTypeBars, civilianTargetingBars } from '../../src/charts/violence.ts';
import { idpBars, refugeeBars } from '../../src/charts/displacement.ts';
import { dutchMandates, personnelInNiger } from '../../src/charts/missions.ts';
import { disputedAttacks } from '../../src/charts/casualties.ts';
import { acledRegionMetrics } from '../../src/charts/map/acled-metrics.ts';
import { acledNiger, deployments, displacement, incidents, regions } from '../../src/data/select.ts';

/** The first sentence of a text alternative: where its point must be, before any list of values. */
function point(text: string): string {
  return text.split(/(?<=[.!?)])\s+(?=[A-ZÀ-Ý0-9])/)[0]!;
}

const num = (row: TableRow, key: string) => (typeof row[key] === 'number' ? (row[key] as number) : null);
function largestRow(rows: readonly TableRow[], key: string, by: (v: number) => number = (v) => v): { row: TableRow; value: number } {
  const known = rows.flatMap((row) => (num(row, key) === null ? [] : [{ row, value: num(row, key)! }]));
  return known.reduce((best, r) => (by(r.value) > by(best.value) ? r : best));
}

/**
 * Per chart: the largest value its marks show, read from its data table (not from the
 * description's own code), and the unit that must stand next to it.
 */
const PEOPLE: Record<Lang, string> = { nl: 'mensen', en: 'people', fr: 'personnes' };
const EVENTS: Record<Lang, string> = { nl: 'gebeurtenissen', en: 'events', fr: 'événements' };
function expected(id: ChartId, state: string, lang: Lang): { value: number; unit: string } {
  const t = ui(lang);
  const rows = CHART_TABLES[id]().rows;
  switch (id) {
    case 'region-map': {
      const key = state.replace(/-/g, '_');
      const metricKey = ({ incidents: 'incidents', fatalities: 'fatalities', 'fatalities-per-100k': 'fatalitiesPer100k', 'incidents-change': 'incidentsChange' } as const)[state as 'incidents']!;
      return { value: Math.abs(largestRow(rows, key, Math.abs).value), unit: t.charts.map.metrics[metricKey].unit.many };
    }
    case 'violence-by-type':
    case 'civilian-targeting-actors':
      return { value: largestRow(rows, 'incidents').value, unit: t.charts.columns.incidents.toLowerCase() };
    case 'missions-personnel':
    case 'dutch-mandates':
      return { value: largestRow(rows, 'value').value, unit: PEOPLE[lang] };
    case 'idp-by-region':
      return { value: largestRow(rows.filter((r) => r.code !== 'NE'), 'idps').value, unit: PEOPLE[lang] };
    case 'refugees-by-origin':
      return { value: largestRow(rows, 'share_pct').value, unit: '%' };
    case 'casualty-chart': {
      const withMax = rows.map((r) => ({ ...r, top: Math.max(num(r, 'deaths_min') ?? 0, num(r, 'deaths_max') ?? 0) }));
      const { row, value } = largestRow(withMax, 'top');
      const victimKey = Object.entries(ui('en').charts.casualties.victims).find(([, label]) => label === row.victims)![0] as keyof typeof t.charts.casualties.victims;
      return { value, unit: t.charts.casualties.victims[victimKey] };
    }
    case 'partners-timeline': {
      const counts = new Map<unknown, number>();
      for (const r of rows) counts.set(r.lane, (counts.get(r.lane) ?? 0) + 1);
      return { value: Math.max(...counts.values()), unit: EVENTS[lang] };
    }
  }
}

describe('text alternatives say the point first', () => {
  for (const lang of LANGS)
    for (const chart of CHARTS)
      for (const state of chart.id === 'region-map' ? CHART_STATES[chart.id] : [undefined])
        it(`${chart.id}${state ? ` (${state})` : ''} names its largest value and unit in its first sentence (${lang})`, () => {
          const summary = chartModel(chart.id, lang, state).summary;
          const { value, unit } = expected(chart.id, state ?? CHART_STATES[chart.id][0]!, lang);
          const first = point(summary);
          expect(first).toContain(formatNumber(value, lang));
          expect(first.toLowerCase()).toContain(unit.toLowerCase());
          // What kind of chart it is follows the point.
          expect(summary.length).toBeGreaterThan(first.length);
        });

  it('has no language branches: the same sentences differ between languages only in words', () => {
    for (const chart of CHARTS) expect(chartModel(chart.id, 'nl').summary).not.toBe(chartModel(chart.id, 'en').summary);
  });
});

/** Where the sentence on what kind of chart it is starts: after the point. */
const KIND: Record<Lang, RegExp> = { nl: /(?<=[.)] )(Staafdiagram|Kaart|Puntgrafiek|Tijdlijn) /, en: /(?<=[.)] )(Bar chart|Map|Dot plot|Timeline) /, fr: /(?<=[.)] )(Diagramme en barres|Carte|Graphique à points|Chronologie) / };
/** Dates ("30 juni 2024", "Sep 2024") are not values: the kind sentence may name the period. */
const withoutDates = (text: string) => text.replace(/(\d{1,2} )?\p{L}+ \d{4}/gu, '');
const numbersIn = (text: string) => (withoutDates(text).match(/\d[\d.,]*/g) ?? []).map((n) => n.replace(/[.,]$/, ''));

function tableNumbers(id: ChartId, lang: Lang): Set<string> {
  const table = CHART_TABLES[id]();
  const numeric = table.columns.filter((c) => c.numeric).map((c) => c.key);
  return new Set(table.rows.flatMap((r) => numeric.flatMap((k) => (typeof r[k] === 'number' ? [formatNumber(Math.abs(r[k] as number), lang)] : []))));
}

describe('text alternatives leave the values to the table', () => {
  for (const lang of LANGS)
    for (const chart of CHARTS)
      for (const state of chart.id === 'region-map' ? CHART_STATES[chart.id] : [undefined])
        it(`${chart.id}${state ? ` (${state})` : ''}: point, what the chart is, a pointer to the table, and no value listing (${lang})`, () => {
          const summary = chartModel(chart.id, lang, state).summary;
          const at = summary.search(KIND[lang]);
          expect(at, summary).toBeGreaterThan(0);
          const rest = summary.slice(at);
          const pointer = chart.id === 'partners-timeline' ? ui(lang).charts.timeline.summary : ui(lang).charts.valuesInTable;
          expect(summary.endsWith(pointer)).toBe(true);
          // After the point, not one of the table's values again.
          const values = tableNumbers(chart.id, lang);
          expect(numbersIn(rest).filter((n) => values.has(n)), rest).toEqual([]);
          // Short: the whole alternative is a few sentences, not a list.
          expect(summary.split(/\s+/).length, summary).toBeLessThanOrEqual(chart.id.startsWith('missions') || chart.id === 'dutch-mandates' ? 80 : 60);
        });

  it('the table holds every value the chart draws, which the alternatives used to list', () => {
    const has = (id: ChartId, values: readonly (number | null)[]) => {
      const inTable = tableNumbers(id, 'en');
      for (const v of values) if (v !== null) expect(inTable, `${id}: ${v}`).toContain(formatNumber(Math.abs(v), 'en'));
    };
    const w = { ...ui('en').charts.displacement, qualifier: ui('en').figure.qualifier };
    has('violence-by-type', violenceByTypeBars(acledNiger, 'en').flatMap((b) => b.values));
    has('civilian-targeting-actors', civilianTargetingBars(acledNiger, 'en', 'rest').flatMap((b) => b.values));
    has('idp-by-region', idpBars(displacement, regions, 'en', w).flatMap((b) => b.values));
    has('refugees-by-origin', refugeeBars(displacement, 'en', w).flatMap((b) => b.values));
    has('missions-personnel', personnelInNiger(deployments).map((f) => f.row.value));
    has('dutch-mandates', dutchMandates(deployments).map((f) => f.row.value));
    has('casualty-chart', disputedAttacks(incidents, regions).flatMap((a) => a.figures.flatMap((f) => [f.min, f.max])));
    for (const metric of acledRegionMetrics(acledNiger, regions)) has('region-map', Object.values(metric.values).map((v) => v.value));
  });

  it('keeps what the story’s table leaves out: the kind of each personnel figure and how long each mandate runs', () => {
    for (const lang of LANGS) {
      const words = ui(lang).charts.missions;
      const personnel = chartModel('missions-personnel', lang).summary;
      for (const kind of new Set(personnelInNiger(deployments).map((f) => f.row.figure_kind))) expect(personnel).toContain(`(${words.kinds[kind as keyof typeof words.kinds]})`);
      const mandates = chartModel('dutch-mandates', lang).summary;
      for (const f of dutchMandates(deployments, lang)) expect(mandates).toContain(f.label(words));
    }
  });
});
