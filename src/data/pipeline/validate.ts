import type { CsvTable } from './csv.ts';
import { dataError, type ErrorLog } from './errors.ts';
import type { DatasetSchema } from './schemas.ts';

export type DataRecord = Record<string, unknown>;

/** A validated record together with the line it came from, for later cross-checks. */
export interface LocatedRecord {
  line: number;
  record: DataRecord;
}

export interface ValidationContext {
  /** source_id values that exist in sources.csv; null when it could not be read, so every row would fail and bury the one real problem. */
  sourceIds: ReadonlySet<string> | null;
}

/**
 * Checks every field of every row against the schema, the key for uniqueness, source_id
 * against the known sources, and that a dataset the pages need has rows. Logs every
 * problem rather than stopping at the first, straight into the bounded log, since a
 * file of 100,000 bad rows holds a million of them.
 */
export function validateTable(
  file: string,
  table: CsvTable,
  schema: DatasetSchema,
  context: ValidationContext,
  log: ErrorLog,
): { records: LocatedRecord[]; problems: number } {
  const before = log.total;
  const records: LocatedRecord[] = [];
  const firstLineOfKey = new Map<string, number>();

  for (const row of table.rows) {
    const record: DataRecord = {};
    let rowOk = true;
    for (const [column, spec] of Object.entries(schema.columns)) {
      const raw = row.fields[column] ?? '';
      const result = spec.parse(raw);
      if (result.ok) record[column] = result.value;
      else {
        rowOk = false;
        log.add(dataError(file, row.line, column, raw, result.expected));
      }
    }
    for (const [start, end] of schema.ordered ?? []) {
      // ISO dates compare as strings.
      const [a, b] = [record[start], record[end]];
      if (typeof a === 'string' && typeof b === 'string' && a > b) {
        rowOk = false;
        log.add(dataError(file, row.line, end, b, `${start} (${a}) or later`));
      }
    }
    for (const rule of rowOk ? (schema.rowRules ?? []) : []) {
      for (const [column, expected] of rule(record)) {
        rowOk = false;
        log.add(dataError(file, row.line, column, row.fields[column] ?? '', expected));
      }
    }
    if (schema.provenance && context.sourceIds && typeof record.source_id === 'string' && !context.sourceIds.has(record.source_id)) {
      rowOk = false;
      log.add(dataError(file, row.line, 'source_id', record.source_id, `a source_id listed in data/sources.csv (${[...context.sourceIds].join(', ')})`));
    }
    const key = JSON.stringify(schema.key.map((column) => row.fields[column] ?? ''));
    const earlier = firstLineOfKey.get(key);
    if (earlier !== undefined) {
      rowOk = false;
      log.add(
        dataError(file, row.line, schema.key.join('+'), schema.key.map((c) => row.fields[c] ?? '').join(' / '), `a unique key; line ${earlier} has the same`),
      );
    } else firstLineOfKey.set(key, row.line);
    if (rowOk) records.push({ line: row.line, record });
  }
  if (table.rows.length === 0 && !schema.mayBeEmpty) {
    log.add(dataError(file, 0, null, null, 'at least one row under the header; the pages need this dataset'));
  }
  return { records, problems: log.total - before };
}
