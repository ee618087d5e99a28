import Papa from 'papaparse';
import { dataError, type DataError } from './errors.ts';

/** A data row with the 1-based line number where it starts in the file. */
export interface CsvRow {
  line: number;
  fields: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

const BOM = '\uFEFF';

/** 1-based line numbers for character offsets, so errors point at the file as an editor shows it. */
function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * Parses RFC 4180 CSV. A byte-order mark and CRLF line ends (as spreadsheet programs
 * write them) are accepted; structural faults (unclosed quotes, ragged rows, an empty
 * file, a missing, unexpected or repeated column) become errors with their line.
 */
export function parseCsv(
  file: string,
  raw: string,
  expectedColumns: readonly string[],
): { table: CsvTable | null; errors: DataError[] } {
  const text = (raw.startsWith(BOM) ? raw.slice(1) : raw).replace(/\r\n?/g, '\n');
  const errors: DataError[] = [];
  if (text.trim() === '') {
    return { table: null, errors: [dataError(file, 0, null, null, `a header row (${expectedColumns.join(',')}); the file is empty`)] };
  }
  const lineOf = lineLocator(text);
  const records: { line: number; cells: string[] }[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter: ',',
    skipEmptyLines: false,
    newline: '\n',
    step: (result) => {
      const line = lineOf(rowStart);
      for (const e of result.errors) {
        const expected =
          e.code === 'MissingQuotes' ? 'a closing double quote for the quoted field that starts here' : `well-formed CSV (${e.message})`;
        errors.push(dataError(file, line, null, null, expected));
      }
      records.push({ line, cells: result.data });
      rowStart = result.meta.cursor;
    },
  });
  if (errors.length > 0) return { table: null, errors };

  const [headerRecord, ...body] = records;
  const header = headerRecord?.cells.map((h) => h.trim()) ?? [];
  const missing = expectedColumns.filter((c) => !header.includes(c));
  const unexpected = header.filter((c) => !expectedColumns.includes(c));
  for (const column of missing) errors.push(dataError(file, 1, column, null, `a column "${column}" in the header`));
  for (const column of unexpected) errors.push(dataError(file, 1, column, column, `only the columns ${expectedColumns.join(', ')}`));
  // A repeated column would let its last copy win silently.
  const firstField = new Map<string, number>();
  header.forEach((column, i) => {
    const first = firstField.get(column);
    if (first === undefined) firstField.set(column, i);
    else if (expectedColumns.includes(column)) errors.push(dataError(file, 1, column, null, `each column once; fields ${first + 1} and ${i + 1} are both "${column}"`));
  });
  if (errors.length > 0) return { table: null, errors };

  const rows: CsvRow[] = [];
  for (const record of body) {
    const isBlank = record.cells.length === 1 && record.cells[0] === '';
    if (isBlank) continue;
    if (record.cells.length !== header.length) {
      errors.push(
        dataError(file, record.line, null, record.cells.join(','), `${header.length} fields as in the header, found ${record.cells.length}`),
      );
      continue;
    }
    const fields: Record<string, string> = {};
    header.forEach((column, i) => (fields[column] = record.cells[i] ?? ''));
    rows.push({ line: record.line, fields });
  }
  return { table: { header, rows }, errors };
}
