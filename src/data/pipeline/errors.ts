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

/** How many problems a run lists; the rest are only counted. */
export const ERROR_LIMIT = 200;

/**
 * Problems in the order found: the first `limit` kept, the rest only counted, so a file
 * of 100,000 bad rows costs no more memory or terminal than one of 200.
 */
export interface ErrorLog {
  readonly kept: readonly DataError[];
  readonly total: number;
  add(error: DataError): void;
  /** A loop, not push(...list): spreading 100,000 arguments overflows the call stack. */
  addAll(errors: Iterable<DataError>): void;
}

export function errorLog(limit = ERROR_LIMIT): ErrorLog {
  const kept: DataError[] = [];
  let total = 0;
  const add = (error: DataError) => {
    if (total++ < limit) kept.push(error);
  };
  return {
    kept,
    get total() {
      return total;
    },
    add,
    addAll(errors) {
      for (const e of errors) add(e);
    },
  };
}

const integer = new Intl.NumberFormat('en-US');

/** A value cut to `max` characters with its full length, so a 50 MB cell is one short line. */
export function cut(value: string, max = 60): string {
  if (value.length <= max) return JSON.stringify(value);
  // Never split a surrogate pair, which would print as U+FFFD.
  const end = /[\uD800-\uDBFF]/.test(value[max - 1] ?? '') ? max - 1 : max;
  return `${JSON.stringify(`${value.slice(0, end)}…`)} (${integer.format(value.length)} characters)`;
}

/** `data/acled-niger.csv:14 column "incidents": got "12a", expected a non-negative integer` */
export function formatDataError(error: DataError): string {
  const where = error.line > 0 ? `${error.file}:${error.line}` : error.file;
  const column = error.column === null ? '' : ` column ${cut(error.column)}`;
  const value = error.value === null ? '' : ` got ${cut(error.value)},`;
  return `${where}${column}:${value} expected ${error.expected}`;
}

/** The report: one line per kept problem, then how many more there are. */
export function formatDataErrors(errors: readonly DataError[], total = errors.length): string {
  const plural = total === 1 ? 'problem' : 'problems';
  const more = total - errors.length;
  const head = more > 0 ? `Data check failed: ${integer.format(total)} ${plural}; the first ${errors.length}:` : `Data check failed: ${total} ${plural}.`;
  const lines = [head, ...errors.map((e) => `  ✗ ${formatDataError(e)}`)];
  if (more > 0) lines.push(`  … and ${integer.format(more)} more ${more === 1 ? 'problem' : 'problems'}.`);
  return lines.join('\n');
}
