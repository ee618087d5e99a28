/**
 * The curated rows of data/*.csv as the curators wrote them (every field a string, '' when
 * empty), read with Papa.parse and not through the data step: tests check what a chart
 * shows against the file, not against the code that also feeds the chart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { DATA_DIR } from './fixture-data.ts';

export type CsvRow = Record<string, string>;

export function csvRows(file: string): CsvRow[] {
  const parsed = Papa.parse<CsvRow>(readFileSync(join(DATA_DIR, file), 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]!.message}`);
  return parsed.data;
}

/** The rows whose fields equal every value in `match`. */
export function csvWhere(file: string, match: CsvRow): CsvRow[] {
  return csvRows(file).filter((row) => Object.entries(match).every(([k, v]) => row[k] === v));
}

/** The first row (in file order) matching `match`; throws when there is none, so a test never compares with undefined. */
export function csvFirst(file: string, match: CsvRow): CsvRow {
  const row = csvWhere(file, match)[0];
  if (!row) throw new Error(`no row of ${file} matches ${JSON.stringify(match)}`);
  return row;
}

/** A field as a number, or null when empty. */
export const num = (field: string | undefined): number | null => (field === undefined || field === '' ? null : Number(field));
