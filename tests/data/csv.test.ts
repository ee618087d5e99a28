import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/pipeline/csv.ts';

const cols = ['a', 'b'];

describe('parseCsv', () => {
  it('reads rows with their line numbers', () => {
    const { table, errors } = parseCsv('t.csv', 'a,b\n1,2\n3,4\n', cols);
    expect(errors).toEqual([]);
    expect(table?.rows).toEqual([
      { line: 2, fields: { a: '1', b: '2' } },
      { line: 3, fields: { a: '3', b: '4' } },
    ]);
  });

  it('counts lines inside quoted multi-line fields', () => {
    const { table } = parseCsv('t.csv', 'a,b\n"x\ny",2\n3,4\n', cols);
    expect(table?.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(table?.rows[0]?.fields.a).toBe('x\ny');
  });

  it('accepts a byte-order mark and CRLF line ends as spreadsheets write them', () => {
    const plain = parseCsv('t.csv', 'a,b\n1,"2,5"\n', cols);
    const windows = parseCsv('t.csv', '\uFEFFa,b\r\n1,"2,5"\r\n', cols);
    expect(windows.errors).toEqual([]);
    expect(windows.table).toEqual(plain.table);
  });

  it('reports an unclosed quote with its line', () => {
    const { table, errors } = parseCsv('t.csv', 'a,b\n1,2\n3,"4\n5,6\n', cols);
    expect(table).toBeNull();
    expect(errors[0]).toMatchObject({ file: 't.csv', line: 3 });
    expect(errors[0]?.expected).toMatch(/closing double quote/);
  });

  it('reports an empty file', () => {
    const { errors } = parseCsv('t.csv', '', cols);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.expected).toMatch(/header row \(a,b\); the file is empty/);
  });

  it('reports missing and unexpected columns on line 1', () => {
    const { errors } = parseCsv('t.csv', 'a,c\n1,2\n', cols);
    expect(errors).toEqual([
      expect.objectContaining({ line: 1, column: 'b', expected: 'a column "b" in the header' }),
      expect.objectContaining({ line: 1, column: 'c', value: 'c' }),
    ]);
  });

  it('reports a row with the wrong number of fields', () => {
    const { errors } = parseCsv('t.csv', 'a,b\n1,2,3\n', cols);
    expect(errors[0]).toMatchObject({ line: 2, value: '1,2,3' });
    expect(errors[0]?.expected).toMatch(/2 fields/);
  });

  it('reports a repeated column instead of letting the last copy win', () => {
    const { table, errors } = parseCsv('t.csv', 'a,b,a\n1,2,3\n', cols);
    expect(table).toBeNull();
    expect(errors).toEqual([expect.objectContaining({ line: 1, column: 'a', expected: 'each column once; fields 1 and 3 are both "a"' })]);
  });
});
