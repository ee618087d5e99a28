import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/data/pipeline/run.ts';
import { formatDataError } from '../../src/data/pipeline/errors.ts';
import { copyData, DATA_DIR, editField, read, write } from '../helpers/fixture-data.ts';

const ACLED = 'acled-niger.csv';
const isRegionTotal = (f: string[]) => /^NE-\d$/.test(f[2] ?? '') && f[3] === '' && f[4] === 'all' && f[5] === 'all' && f[6] === 'all';

describe('the curated data in data/', () => {
  it('passes every check', () => {
    const result = runPipeline(DATA_DIR);
    expect(result.errors.map(formatDataError)).toEqual([]);
    expect(result.modules.size).toBeGreaterThan(10);
  });

  it('has every row of every dataset point at a source and a locator', () => {
    const result = runPipeline(DATA_DIR);
    for (const summary of result.summaries) {
      if (['sources', 'discrepancies', 'places'].includes(summary.name)) continue;
      expect(summary.rows, summary.name).toBeGreaterThan(0);
      expect(summary.sourceIds.length, summary.name).toBeGreaterThan(0);
    }
  });
});

describe('bad input stops the data step with file, line, column, value and what was expected', () => {
  it('an unknown region code', () => {
    const dir = copyData();
    const line = editField(dir, ACLED, isRegionTotal, 'area', 'NE-9');
    const { errors, modules } = runPipeline(dir);
    expect(modules.size).toBe(0);
    expect(errors).toContainEqual(expect.objectContaining({ file: `data/${ACLED}`, line, column: 'area', value: 'NE-9', expected: expect.stringContaining('NE-8') }));
  });

  it('a non-numeric count', () => {
    const dir = copyData();
    const line = editField(dir, ACLED, isRegionTotal, 'incidents', '12a');
    const { errors } = runPipeline(dir);
    expect(errors).toContainEqual(expect.objectContaining({ line, column: 'incidents', value: '12a', expected: 'a non-negative integer (digits only, no separators)' }));
  });

  it('a negative count', () => {
    const dir = copyData();
    const line = editField(dir, ACLED, isRegionTotal, 'fatalities', '-5');
    const { errors } = runPipeline(dir);
    expect(errors).toContainEqual(expect.objectContaining({ line, column: 'fatalities', value: '-5' }));
  });

  it('a duplicate key', () => {
    const dir = copyData();
    const lines = read(dir, 'regions.csv').split('\n');
    write(dir, 'regions.csv', [...lines.slice(0, 2), lines[1], ...lines.slice(2)].join('\n'));
    const { errors } = runPipeline(dir);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'data/regions.csv', line: 3, column: 'code', expected: 'a unique key; line 2 has the same' }));
  });

  it('an unknown source_id', () => {
    const dir = copyData();
    const line = editField(dir, ACLED, isRegionTotal, 'source_id', 'acled-direct');
    const { errors } = runPipeline(dir);
    expect(errors).toContainEqual(expect.objectContaining({ line, column: 'source_id', value: 'acled-direct', expected: expect.stringContaining('data/sources.csv') }));
  });

  it('a missing column', () => {
    const dir = copyData();
    const text = read(dir, 'displacement.csv');
    write(dir, 'displacement.csv', text.replace(/^date,area,/, 'date,areaa,'));
    const { errors } = runPipeline(dir);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'data/displacement.csv', line: 1, column: 'area', expected: 'a column "area" in the header' }));
  });

  it('an unclosed quote', () => {
    const dir = copyData();
    write(dir, 'sources.csv', `${read(dir, 'sources.csv')}extra,"Unclosed title,pub,,nl,,\n`);
    const { errors } = runPipeline(dir);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'data/sources.csv', expected: expect.stringContaining('closing double quote') }));
  });

  it('a byte-order mark and CRLF line ends change nothing', () => {
    const dir = copyData();
    for (const file of [ACLED, 'regions.csv']) write(dir, file, `\uFEFF${read(dir, file).replace(/\n/g, '\r\n')}`);
    const clean = runPipeline(DATA_DIR);
    const windows = runPipeline(dir);
    expect(windows.errors).toEqual([]);
    expect(windows.modules).toEqual(clean.modules);
  });

  it('an empty file', () => {
    const dir = copyData();
    write(dir, 'timeline.csv', '');
    const { errors } = runPipeline(dir);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'data/timeline.csv', line: 0, expected: expect.stringContaining('the file is empty') }));
  });

  it('counts by type that no longer add up to their stated total', () => {
    const dir = copyData();
    editField(dir, ACLED, (f) => f[0] === '2024-09-01' && f[2] === 'NE-3' && f[3] === '' && f[4] === 'battles' && f[5] === 'all', 'incidents', '99');
    const { errors } = runPipeline(dir);
    const sumError = errors.find((e) => e.expected.includes('key "types '));
    expect(sumError, errors.map(formatDataError).join('\n')).toMatchObject({ file: `data/${ACLED}`, column: 'incidents', value: '35' });
    // The same edit also breaks the regional battles sum, and both are reported.
    expect(errors.some((e) => e.expected.includes('key "regions 2024-09-01..2025-05-30 battles/all incidents"'))).toBe(true);
    expect(sumError?.expected).toMatch(/the sum of its parts, 114 \(battles 99 \+ explosions_remote_violence 3 \+ violence_against_civilians 12\)/);
    expect(sumError?.expected).toMatch(/key "types 2024-09-01\.\.2025-05-30 NE-3 incidents"/);
  });

  it('a listed sum discrepancy that no longer occurs', () => {
    const dir = copyData();
    editField(dir, ACLED, (f) => f[0] === '2024-09-01' && f[2] === 'NE-6' && f[3] === '' && f[4] === 'all' && f[5] === 'all', 'fatalities', '600');
    const { errors } = runPipeline(dir);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'data/discrepancies.csv', column: 'key', value: 'types 2024-09-01..2025-05-30 NE-6 fatalities' }));
  });

  it('reports all problems of a run together', () => {
    const dir = copyData();
    editField(dir, ACLED, isRegionTotal, 'incidents', 'x');
    editField(dir, 'regions.csv', () => true, 'population', 'many');
    write(dir, 'timeline.csv', '');
    const { errors } = runPipeline(dir);
    const files = new Set(errors.map((e) => e.file));
    expect(files).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect([...files]).toEqual(expect.arrayContaining([`data/${ACLED}`, 'data/regions.csv', 'data/timeline.csv']));
  });

  it('a region missing from the map boundaries', () => {
    const dir = copyData();
    const topo = JSON.parse(read(dir, 'geo/niger-regions.topojson'));
    topo.objects.regions.geometries = topo.objects.regions.geometries.filter((g: { properties: { code: string } }) => g.properties.code !== 'NE-8');
    write(dir, 'geo/niger-regions.topojson', JSON.stringify(topo));
    const { errors } = runPipeline(dir);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'data/geo/niger-regions.topojson', expected: expect.stringContaining('NE-8') }));
  });
});
