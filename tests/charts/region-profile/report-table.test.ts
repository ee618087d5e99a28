import { describe, expect, it } from 'vitest';
import { reportTable } from '../../../src/charts/region-profile/report-table.ts';
import { acledNiger } from '../../../src/data/select.ts';
import { csvRows, num } from '../../helpers/csv-rows.ts';
import { acledRow } from '../../helpers/rows.ts';

const H1 = { start: '2024-01-01', end: '2024-12-31' };
const H2 = { start: '2025-01-01', end: '2025-05-30' };

describe('reportTable(acled, code, locator, periods)', () => {
  it('rebuilds a table from the rows with its locator: the three types and the total, one column per period', () => {
    const rows = [
      acledRow({ area: 'NE-3', event_type: 'battles', incidents: 17, period_start: H1.start, period_end: H1.end, locator: 'Tabel 2' }),
      acledRow({ area: 'NE-3', event_type: 'battles', incidents: 99, period_start: H1.start, period_end: H1.end, locator: '§4' }),
      acledRow({ area: 'NE-3', event_type: 'all', incidents: 28, period_start: H2.start, period_end: H2.end, locator: 'Tabel 2' }),
    ];
    const table = reportTable(rows, 'NE-3', 'Tabel 2', [H1, H2]);
    expect(table.map((r) => r.event_type)).toEqual(['battles', 'violence_against_civilians', 'explosions_remote_violence', 'all']);
    expect(table.map((r) => r.cells.map((c) => c?.incidents ?? null))).toEqual([
      [17, null],
      [null, null],
      [null, null],
      [null, 28],
    ]);
  });

  it('rebuilds each of Dosso’s tables in data/acled-niger.csv cell for cell', () => {
    const dosso = csvRows('acled-niger.csv').filter((r) => r.area === 'NE-3' && r.department === '' && /Tabel/.test(r.locator!) && r.sub_event_type === 'all' && r.actor === 'all');
    expect(dosso.length).toBeGreaterThan(0);
    for (const locator of new Set(dosso.map((r) => r.locator!))) {
      const rows = dosso.filter((r) => r.locator === locator);
      const periods = [...new Map(rows.map((r) => [r.period_start, { start: r.period_start!, end: r.period_end! }])).values()];
      const table = reportTable(acledNiger, 'NE-3', locator, periods);
      for (const r of rows) {
        const cell = table.find((t) => t.event_type === r.event_type)!.cells[periods.findIndex((p) => p.start === r.period_start)]!;
        expect([cell.incidents, cell.fatalities], `${locator} ${r.event_type} ${r.period_start}`).toEqual([num(r.incidents), num(r.fatalities)]);
      }
    }
  });
});
