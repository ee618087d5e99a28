import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/data/pipeline/run.ts';
import { formatDataError } from '../../src/data/pipeline/errors.ts';
import { copyData, editField, read, write } from '../helpers/fixture-data.ts';

const ACLED = 'acled-niger.csv';
const isRegionTotal = (f: string[]) => /^NE-\d$/.test(f[2] ?? '') && f[3] === '' && f[4] === '' && f[5] === 'all' && f[6] === 'all' && f[7] === 'all' && f[8] === 'total';

describe('rows that state the same count differently are a listed disagreement, or the build stops', () => {
  // A second Tahoua battles count for the research period, from another (made-up) locator.
  const planted = '2024-09-01,2025-05-30,NE-5,,,battles,all,all,total,16,,cgrs-coi-niger-2025,"§6.4, planted",Planted for the test.\n';

  it('names the file, the line, the values with their locators, and the discrepancies row that would list it', () => {
    const dir = copyData();
    const text = read(dir, ACLED);
    write(dir, ACLED, text + planted);
    const line = text.trimEnd().split('\n').length + 1;
    const { errors, modules } = runPipeline(dir);
    expect(modules.size).toBe(0);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: `data/${ACLED}`, line, column: 'incidents', value: '16' });
    const message = formatDataError(errors[0]!);
    expect(message).toMatch(/area "NE-5", .*event_type "battles"/);
    expect(message).toMatch(/the rows disagree: 15 \(line \d+, "§6\.4"\) \| 15 \(line \d+, "§4"\) \| 16 \(line \d+, "§6\.4, planted"\)/);
    expect(message).toContain('dataset "acled-niger", a key starting "2024-09-01/2025-05-30 NE-5", locators "§6.4 | §4 | §6.4, planted"');
  });

  it('passes once data/discrepancies.csv lists it with every locator', () => {
    const dir = copyData();
    write(dir, ACLED, read(dir, ACLED) + planted);
    const row = (locators: string) => `acled-niger,2024-09-01/2025-05-30 NE-5 battles incidents,15 | 16,"${locators}",Planted.,Geplant.,Planté.\n`;
    write(dir, 'discrepancies.csv', read(dir, 'discrepancies.csv') + row('§6.4 | §4 | §6.4, planted'));
    expect(runPipeline(dir).errors).toEqual([]);
    // A listing that leaves out one of the rows does not cover it.
    const partial = copyData();
    write(partial, ACLED, read(partial, ACLED) + planted);
    write(partial, 'discrepancies.csv', read(partial, 'discrepancies.csv') + row('§4 | §6.4, planted'));
    expect(runPipeline(partial).errors).toEqual([expect.objectContaining({ file: `data/${ACLED}`, column: 'incidents', value: '16' })]);
  });

  it('does not count a part, a locality or an event as the total it belongs to', () => {
    const dir = copyData();
    write(dir, ACLED, read(dir, ACLED) + planted.replace(',,,battles,all,all,total,16,', ',,Tahoua,battles,all,all,place,16,'));
    expect(runPipeline(dir).errors).toEqual([]);
  });
});

describe('a row’s own columns fit together', () => {
  it('a locality without its place, or an area count with one', () => {
    const dir = copyData();
    const noPlace = editField(dir, ACLED, (f) => f[8] === 'place', 'place', '');
    const withPlace = editField(dir, ACLED, isRegionTotal, 'place', 'Tahoua');
    const { errors } = runPipeline(dir);
    expect(errors).toContainEqual(expect.objectContaining({ line: noPlace, column: 'place', value: '', expected: 'the locality\'s name, since scope is "place"' }));
    expect(errors).toContainEqual(expect.objectContaining({ line: withPlace, column: 'place', value: 'Tahoua', expected: expect.stringMatching(/^empty, since scope "total" counts an area/) }));
  });

  it('an unknown scope or qualifier', () => {
    const dir = copyData();
    const scope = editField(dir, ACLED, isRegionTotal, 'scope', 'region');
    const qualifier = editField(dir, 'displacement.csv', () => true, 'qualifier', 'roughly');
    const { errors } = runPipeline(dir);
    expect(errors).toContainEqual(expect.objectContaining({ file: `data/${ACLED}`, line: scope, column: 'scope', value: 'region', expected: 'one of total | part | place | event' }));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'data/displacement.csv', line: qualifier, column: 'qualifier', expected: 'one of about | at least | more than | up to' }));
  });

  it('a death toll whose qualifier, bounds and whose-deaths do not fit', () => {
    const dir = copyData();
    const atLeastWithMax = editField(dir, 'incidents.csv', (f) => f[8] === 'at least', 'deaths_max', '99');
    const noKilled = editField(dir, 'incidents.csv', (f) => f[6] !== '' && f[8] === '', 'killed', '');
    const killedWithoutToll = editField(dir, 'incidents.csv', (f) => f[6] === '' && f[7] === '', 'killed', 'civilians');
    const { errors } = runPipeline(dir);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'data/incidents.csv', line: atLeastWithMax, column: 'deaths_max', expected: 'empty, since "at least" gives only a lower bound (deaths_min)' }));
    expect(errors).toContainEqual(expect.objectContaining({ line: noKilled, column: 'killed', expected: expect.stringMatching(/^whose deaths the toll counts: civilians \| soldiers/) }));
    expect(errors).toContainEqual(expect.objectContaining({ line: killedWithoutToll, column: 'killed', value: 'civilians', expected: 'empty, since the row has no death toll' }));
  });
});
