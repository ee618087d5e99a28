import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/data/pipeline/run.ts';
import { formatDataError } from '../../src/data/pipeline/errors.ts';
import { DATASETS } from '../../src/data/pipeline/schemas.ts';
import { copyData, DATA_DIR, editField, keepHeader, read, replaceWith, write, writeBytes } from '../helpers/fixture-data.ts';

const ACLED = 'acled-niger.csv';
const isRegionTotal = (f: string[]) => /^NE-\d$/.test(f[2] ?? '') && f[3] === '' && f[4] === '' && f[5] === 'all' && f[6] === 'all' && f[7] === 'all' && f[8] === 'total';

describe('the curated data in data/', () => {
  it('passes every check', () => {
    const result = runPipeline(DATA_DIR);
    expect(result.errors.map(formatDataError)).toEqual([]);
    expect(result.modules.size).toBeGreaterThan(10);
  });

  it('has every row of every dataset point at a source and a locator', () => {
    const result = runPipeline(DATA_DIR);
    for (const summary of result.summaries) {
      if (['sources', 'discrepancies', 'corrections', 'places'].includes(summary.name)) continue;
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
    editField(dir, ACLED, (f) => f[0] === '2024-09-01' && f[2] === 'NE-3' && f[3] === '' && f[4] === '' && f[5] === 'battles' && f[6] === 'all', 'incidents', '99');
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
    editField(dir, ACLED, (f) => f[0] === '2024-09-01' && f[2] === 'NE-6' && f[3] === '' && f[4] === '' && f[5] === 'all' && f[6] === 'all', 'fatalities', '600');
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

describe('bad input the checks once let through', () => {
  it('a Windows-1252 (Latin-1) file: the first bad cell as it was meant, and how to convert the file', () => {
    const dir = copyData();
    // Without the § signs, the first byte that is not UTF-8 is the é of Tillabéri.
    writeBytes(dir, 'regions.csv', Buffer.from(read(dir, 'regions.csv').replaceAll('§', ''), 'latin1'));
    const { errors } = runPipeline(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'data/regions.csv', line: 7, column: 'name', value: 'Tillabéri' });
    expect(errors[0]?.expected).toMatch(/^UTF-8 text; byte 0xE9 is not UTF-8, and the file looks like Windows-1252 \(Latin-1\)/);
    expect(errors[0]?.expected).toContain('iconv -f WINDOWS-1252 -t UTF-8 data/regions.csv');
    expect(errors[0]?.expected).toContain('"CSV UTF-8"');
  });

  it('a UTF-16 file, by its byte-order mark or, without one, by its NUL bytes', () => {
    const dir = copyData();
    const text = read(dir, 'timeline.csv');
    writeBytes(dir, 'timeline.csv', Buffer.from(`\uFEFF${text}`, 'utf16le'));
    writeBytes(dir, 'incidents.csv', Buffer.from(read(dir, 'incidents.csv'), 'utf16le').swap16());
    const { errors } = runPipeline(dir);
    expect(errors.map((e) => e.file)).toEqual(['data/timeline.csv', 'data/incidents.csv']);
    expect(errors[0]).toMatchObject({ line: 1, value: text.split('\n')[0] });
    expect(errors[0]?.expected).toMatch(/the file is UTF-16 LE \(byte-order mark FF FE\): convert it with `iconv -f UTF-16LE -t UTF-8 data\/timeline\.csv/);
    expect(errors[1]?.expected).toMatch(/looks like UTF-16 BE without a byte-order mark .*iconv -f UTF-16BE -t UTF-8/);
    expect(errors.map(formatDataError).join('\n')).not.toContain('\\u0000');
  });

  it('a duplicated column, instead of letting the last copy win', () => {
    const dir = copyData();
    const lines = read(dir, ACLED).split('\n');
    write(dir, ACLED, lines.map((l, i) => (l === '' ? l : `${l},${i === 0 ? 'incidents' : '999'}`)).join('\n'));
    const { errors } = runPipeline(dir);
    expect(errors).toEqual([
      expect.objectContaining({ file: `data/${ACLED}`, line: 1, column: 'incidents', expected: 'each column once; fields 10 and 15 are both "incidents"' }),
    ]);
  });

  it('an unknown column', () => {
    const dir = copyData();
    const lines = read(dir, 'armed-groups.csv').split('\n');
    write(dir, 'armed-groups.csv', lines.map((l, i) => (l === '' ? l : `${l},${i === 0 ? 'colour' : 'red'}`)).join('\n'));
    const { errors } = runPipeline(dir);
    expect(errors).toEqual([expect.objectContaining({ file: 'data/armed-groups.csv', line: 1, column: 'colour', expected: expect.stringMatching(/^only the columns group, /) })]);
  });

  it('a period that ends before it starts', () => {
    const dir = copyData();
    const line = editField(dir, ACLED, (f) => isRegionTotal(f) && f[1] === '2025-05-30', 'period_start', '2025-06-01');
    const { errors } = runPipeline(dir);
    expect(errors).toContainEqual(expect.objectContaining({ line, column: 'period_end', value: '2025-05-30', expected: 'period_start (2025-06-01) or later' }));
  });

  it('a count past 2^53, which a double cannot hold exactly', () => {
    const dir = copyData();
    const line = editField(dir, ACLED, isRegionTotal, 'incidents', '99999999999999999999');
    const humanitarian = editField(dir, 'humanitarian.csv', () => true, 'value', '9007199254740993.5');
    const { errors } = runPipeline(dir);
    expect(errors).toContainEqual(expect.objectContaining({ line, column: 'incidents', value: '99999999999999999999', expected: expect.stringContaining('at most 9007199254740991') }));
    expect(errors).toContainEqual(expect.objectContaining({ line: humanitarian, column: 'value', expected: expect.stringContaining('at most 9007199254740991') }));
  });

  it('a header-only file, for every dataset the pages need: all but discrepancies.csv and corrections.csv', () => {
    const mustHaveRows = DATASETS.filter((d) => !d.mayBeEmpty).map((d) => d.name);
    expect(DATASETS.filter((d) => d.mayBeEmpty).map((d) => d.name)).toEqual(['discrepancies', 'corrections']);
    for (const schema of DATASETS.filter((d) => mustHaveRows.includes(d.name))) {
      const dir = copyData();
      keepHeader(dir, schema.file);
      const { errors } = runPipeline(dir);
      expect(errors, schema.name).toContainEqual(expect.objectContaining({ file: `data/${schema.file}`, line: 0, expected: expect.stringContaining('at least one row under the header') }));
    }
  });

  it('a folder or a dangling symlink in place of a file', () => {
    const dir = copyData();
    replaceWith(dir, 'deployments.csv', 'dir');
    replaceWith(dir, 'timeline.csv', { symlink: 'nowhere.csv' });
    replaceWith(dir, 'armed-groups.csv', { symlink: '.' });
    const { errors } = runPipeline(dir);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'data/deployments.csv', line: 0, expected: 'a regular file, found a directory' }));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'data/timeline.csv', expected: expect.stringMatching(/^a regular file, found a symlink to "nowhere.csv", which does not resolve/) }));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'data/armed-groups.csv', expected: 'a regular file, found a symlink to a directory' }));
  });
});

describe('every row of discrepancies.csv names a dataset and a key that exist', () => {
  /** The errors of a run with these [dataset, key] rows added to discrepancies.csv, and the line of the first. */
  function withDiscrepancies(rows: [string, string][]) {
    const dir = copyData();
    const text = read(dir, 'discrepancies.csv');
    write(dir, 'discrepancies.csv', text + rows.map(([dataset, key]) => `${dataset},${key},1 | 2,§1 | §2,Test row.,Testrij.,Ligne de test.\n`).join(''));
    return { errors: runPipeline(dir).errors, first: text.trimEnd().split('\n').length + 1 };
  }

  it('a dataset that does not exist, or has no sourced rows', () => {
    const { errors, first } = withDiscrepancies([
      ['acled', '2024-12 Petel Kolé (Téra) army attack deaths'],
      ['places', 'Niamey position'],
    ]);
    expect(errors).toEqual([
      expect.objectContaining({ file: 'data/discrepancies.csv', line: first, column: 'dataset', value: 'acled', expected: expect.stringContaining('acled-niger') }),
      expect.objectContaining({ line: first + 1, column: 'dataset', value: 'places' }),
    ]);
  });

  it('a described key whose date or area matches no row of its dataset', () => {
    const { errors, first } = withDiscrepancies([
      ['incidents', '2031-02 Nowhere (Téra) attack deaths'],
      ['acled-niger', '2024-09-01/2025-05-30 NE-9 battles incidents'],
      ['timeline', '1990 to 2024 coups'],
    ]);
    expect(errors).toEqual([
      expect.objectContaining({ line: first, column: 'key', expected: 'a key naming rows of data/incidents.csv; no row of it covers 2031-02' }),
      expect.objectContaining({ line: first + 1, column: 'key', expected: 'a key naming rows of data/acled-niger.csv; no row of it covers 2024-09-01/2025-05-30 in NE-9' }),
      expect.objectContaining({ line: first + 2, column: 'key', expected: 'a key naming rows of data/timeline.csv; no row of it covers 1990' }),
    ]);
  });

  it('a sum check that is never made', () => {
    const { errors } = withDiscrepancies([
      ['acled-niger', 'types 2024-09-01..2025-05-30 NE-9 fatalities'],
      ['incidents', 'regions 2024-12 deaths'],
    ]);
    expect(errors).toEqual([
      expect.objectContaining({ column: 'key', value: 'types 2024-09-01..2025-05-30 NE-9 fatalities', expected: expect.stringMatching(/^the key of a sum checked on acled-niger, such as "types .*"; no such sum exists$/) }),
      expect.objectContaining({ column: 'key', value: 'regions 2024-12 deaths', expected: 'the key of a sum checked on incidents (none is); no such sum exists' }),
    ]);
  });
});
