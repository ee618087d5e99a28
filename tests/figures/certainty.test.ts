/** The "how sure" rules (README, "How sure the sources are"), on small made-up datasets. */
import { describe, expect, it } from 'vitest';
import { assess, names, type Evidence } from '../../src/figures/certainty.ts';
import type { Caveat, Discrepancy } from '../../src/data/types.ts';

const key = ['period_start', 'period_end', 'area', 'event_type', 'locator'];
const row = (area: string, locator: string, incidents: number | null, fatalities: number | null, event_type = 'all') => ({
  period_start: '2024-09-01',
  period_end: '2025-05-30',
  area,
  event_type,
  incidents,
  fatalities,
  source_id: 'report',
  locator,
});
const rows = [
  row('NE', '§5', 269, 977),
  row('NE', '§4', 269, null),
  row('NE', 'Samenvatting', 269, 977),
  row('NE-3', '§6.2', 35, 86),
  row('NE-3', '§6.2, Tabel 1', 36, null),
  row('NE-2', '§6.3', 32, 89),
  row('NE-5', '§6.4', 18, 147),
];
const discrepancy = (over: Partial<Discrepancy>): Discrepancy => ({ dataset: 'counts', key: '', values: '', locators: '', explanation: 'x', explanation_nl: 'x', explanation_fr: 'x', ...over });
const caveat = (over: Partial<Caveat>): Caveat => ({ dataset: 'counts', area: null, measure: null, source_id: 'report', locator: 'Inleiding', quote: 'een schatting', ...over });
const evidence = (discrepancies: Discrepancy[] = [], caveats: Caveat[] = []): Evidence => ({ datasets: [{ name: 'counts', key, rows }], discrepancies, caveats });

describe('how sure the sources are', () => {
  it('one source: the only row with this key', () => {
    const c = assess([row('NE-2', '§6.3', 32, 89)], 32, 'exact', false, evidence());
    expect(c).toMatchObject({ agreement: 'single', qualified: false, caveats: [], discrepancies: [] });
  });

  it('several agreeing: other places give the same value, and the tip names them', () => {
    const c = assess([rows[0]!], 269, 'exact', false, evidence());
    expect(c.agreement).toBe('agreeing');
    expect(c.places.map((p) => p.locator)).toEqual(['§5', '§4', 'Samenvatting']);
    // For deaths only two places state the figure.
    expect(assess([rows[0]!], 977, 'exact', false, evidence()).places).toHaveLength(2);
  });

  it('sources disagree: other places give another value, even before the disagreement is listed', () => {
    expect(assess([rows[3]!], 35, 'exact', false, evidence()).agreement).toBe('disagree');
  });

  it('sources disagree: a listed disagreement names the figure, and is returned for the link', () => {
    const listed = discrepancy({ key: 'regions 2024-09-01..2025-05-30 all/all fatalities', values: '977 (NE, §5) | 978 (sum: NE-2 89 + NE-5 147)', locators: '§5 | §6.3 | §6.4' });
    const c = assess([rows[0]!], 977, 'exact', false, evidence([listed]));
    expect(c.agreement).toBe('disagree');
    expect(c.discrepancies).toEqual([listed]);
  });

  it('a disagreement names a figure only by its dataset, locator, value, period, area and measure', () => {
    const d = discrepancy({ key: '2024-09-01/2025-05-30 NE-3 all incidents', values: '35 (§6.2 text) | 36 (§6.2, Tabel 1)', locators: '§6.2 | §6.2, Tabel 1' });
    expect(names(d, 'counts', rows[3]!, 'incidents', 35)).toBe(true);
    expect(names(d, 'other', rows[3]!, 'incidents', 35)).toBe(false);
    expect(names(d, 'counts', rows[3]!, 'fatalities', 86)).toBe(false); // value not among its values
    expect(names(d, 'counts', { ...rows[3]!, period_start: '2023-09-01', period_end: '2024-05-30' }, 'incidents', 35)).toBe(false); // another period
    expect(names(d, 'counts', rows[5]!, 'incidents', 35)).toBe(false); // another locator
    const regional = discrepancy({ key: 'regions 2024-09-01..2025-05-30 all/all incidents', values: '269 (NE) | 270 (NE-5 18 + NE-3 35)', locators: '§5 | §6.4' });
    expect(names(regional, 'counts', rows[6]!, 'fatalities', 147)).toBe(false); // the key is about incidents
    // "NE-5" is not the number 5.
    expect(names(discrepancy({ values: 'NE-5 18', locators: '§6.4' }), 'counts', rows[6]!, 'incidents', 5)).toBe(false);
  });

  it('qualified: the source says "about", "at least", "more than" or "at most"', () => {
    expect(assess([rows[5]!], 32, 'approx', false, evidence()).qualified).toBe(true);
    expect(assess([rows[5]!], 32, 'more_than', false, evidence()).qualified).toBe(true);
    expect(assess([rows[5]!], 32, 'exact', false, evidence()).qualified).toBe(false);
  });

  it('the source itself warns: by dataset, and where given by area and by measure', () => {
    const general = caveat({});
    const deaths = caveat({ measure: 'fatalities', locator: 'Inleiding, voetnoot 6' });
    const diffa = caveat({ area: 'NE-2', measure: 'incidents', locator: '§6.3' });
    const all = evidence([], [general, deaths, diffa]);
    expect(assess([rows[5]!], 32, 'exact', false, all).caveats).toEqual([general, diffa]);
    expect(assess([rows[5]!], 89, 'exact', false, all).caveats).toEqual([general, deaths]);
    expect(assess([rows[3]!], 35, 'exact', false, all).caveats).toEqual([general]);
    expect(assess([rows[3]!], 35, 'exact', false, evidence([], [caveat({ dataset: 'other' })])).caveats).toEqual([]);
  });

  it('a derived figure is judged on each of its rows and never claims agreement', () => {
    const c = assess([rows[0]!, rows[5]!], 12.3, 'exact', true, evidence([], [caveat({ area: 'NE-2' })]));
    expect(c.agreement).toBe('single');
    expect(c.caveats).toHaveLength(1);
    expect(assess([rows[3]!, rows[5]!], 1, 'exact', true, evidence()).agreement).toBe('disagree');
  });

  it('a row no dataset holds counts as one source', () => {
    expect(assess([{ source_id: 'x', locator: 'y' }], 1, 'exact', false, evidence()).agreement).toBe('single');
  });
});
