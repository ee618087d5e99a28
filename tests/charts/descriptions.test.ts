import { describe, expect, it } from 'vitest';
import { CHARTS, type ChartId } from '../../src/charts/catalog.ts';
import { CHART_STATES } from '../../src/charts/states.ts';
import { CHART_TABLES } from '../../src/components/charts/tables.ts';
import { chartModel } from '../../src/components/charts/models.ts';
import type { ChartTable } from '../../src/charts/table-model.ts';

type TableRow = ChartTable['rows'][number];
import { LANGS, ui, type Lang } from '../../src/i18n/index.ts';
import { formatNumber } from '../../src/lib/format.ts';

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
const PEOPLE: Record<Lang, string> = { nl: 'mensen', en: 'people' };
const EVENTS: Record<Lang, string> = { nl: 'gebeurtenissen', en: 'events' };
function expected(id: ChartId, state: string, lang: Lang): { value: number; unit: string } {
  const t = ui(lang);
  const rows = CHART_TABLES[id]().rows;
  switch (id) {
    case 'region-map': {
      const key = state.replace(/-/g, '_');
      const metricKey = ({ incidents: 'incidents', fatalities: 'fatalities', 'fatalities-per-100k': 'fatalitiesPer100k', 'incidents-change': 'incidentsChange' } as const)[state as 'incidents']!;
      return { value: Math.abs(largestRow(rows, key, Math.abs).value), unit: t.charts.map.metrics[metricKey].unit };
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
          // The values follow the point.
          expect(summary.length).toBeGreaterThan(first.length);
        });

  it('has no language branches: the same sentences differ between languages only in words', () => {
    for (const chart of CHARTS) expect(chartModel(chart.id, 'nl').summary).not.toBe(chartModel(chart.id, 'en').summary);
  });
});
