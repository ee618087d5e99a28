/** One problem found in a data file, precise enough to fix without searching. */
export interface DataError {
  file: string;
  /** 1-based line in the file; 0 when the problem concerns the file as a whole. */
  line: number;
  column: string | null;
  value: string | null;
  expected: string;
}

export function dataError(
  file: string,
  line: number,
  column: string | null,
  value: string | null,
  expected: string,
): DataError {
  return { file, line, column, value, expected };
}

/** `data/acled-niger.csv:14 column "incidents": got "12a", expected a non-negative integer` */
export function formatDataError(error: DataError): string {
  const where = error.line > 0 ? `${error.file}:${error.line}` : error.file;
  const column = error.column === null ? '' : ` column "${error.column}"`;
  const value = error.value === null ? '' : ` got ${JSON.stringify(error.value)},`;
  return `${where}${column}:${value} expected ${error.expected}`;
}

export function formatDataErrors(errors: readonly DataError[]): string {
  const plural = errors.length === 1 ? 'problem' : 'problems';
  return [`Data check failed: ${errors.length} ${plural}.`, ...errors.map((e) => `  ✗ ${formatDataError(e)}`)].join('\n');
}
