import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/data/pipeline/run.ts';
import { copyData, read, write } from '../helpers/fixture-data.ts';

describe('every row of corrections.csv names something that exists', () => {
  function withCorrections(rows: [string, string, string][]) {
    const dir = copyData();
    const text = read(dir, 'corrections.csv');
    write(dir, 'corrections.csv', text + rows.map(([dataset, key, now]) => `2026-12-01,${dataset},"${key}",old,${now},Test row.,§1\n`).join(''));
    return { errors: runPipeline(dir).errors, first: text.trimEnd().split('\n').length + 1 };
  }

  it('accepts a data row by its key columns, a chapter and a chart', () => {
    const { errors } = withCorrections([
      ['displacement', '2024-10 | NE-6 | idp |  | §7, voetnoot 223', 'new'],
      ['story', 'overview', 'new'],
      ['chart', 'region-map', 'new'],
    ]);
    expect(errors).toEqual([]);
  });

  it('fails on a key no row, chapter or chart has, and on an unknown dataset', () => {
    const { errors, first } = withCorrections([
      ['displacement', '2024-10 | NE-6 | idp |  | §7', 'new'],
      ['story', 'epilogue', 'new'],
      ['chart', 'pie-chart', 'new'],
      ['acled', '2024-09-01', 'new'],
    ]);
    expect(errors).toEqual([
      expect.objectContaining({ file: 'data/corrections.csv', line: first, column: 'key', value: '2024-10 | NE-6 | idp |  | §7', expected: expect.stringMatching(/^the key of a row of data\/displacement\.csv: its date, area, population_group, origin, locator joined by " \| "/) }),
      expect.objectContaining({ line: first + 1, column: 'key', value: 'epilogue', expected: expect.stringMatching(/^a chapter id: .*violence/) }),
      expect.objectContaining({ line: first + 2, column: 'key', value: 'pie-chart', expected: expect.stringMatching(/^a chart id: .*dutch-mandates/) }),
      expect.objectContaining({ line: first + 3, column: 'dataset', value: 'acled', expected: expect.stringContaining('acled-niger') }),
    ]);
  });

  it('a removed row must be gone', () => {
    const { errors, first } = withCorrections([['displacement', '2024-10 | NE-6 | idp |  | §7, voetnoot 223', '(removed)']]);
    expect(errors).toEqual([expect.objectContaining({ line: first, column: 'key', expected: expect.stringContaining('no longer in data/displacement.csv') })]);
  });
});
