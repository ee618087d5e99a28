/**
 * Checks data/discrepancies.csv against the data. A row's key is one of two kinds:
 * - a sum check's key, as sums.ts builds it (`types 2024-09-01..2025-05-30 NE-6 fatalities`):
 *   it exists when that sum is checked, and it must still fail, so the list stays true;
 * - a description of rows that disagree (`2024-12 Petel Kolé (Téra) army attack deaths`):
 *   a leading date or period ("A to B" for two) and an area code, where given, must match
 *   a row of the dataset. A key that names neither is prose the data cannot check.
 * Either way the dataset must be one whose rows carry sources, and every sum mismatch
 * must be listed.
 */
import type { Discrepancy } from '../types.ts';
import { cut, dataError, type DataError } from './errors.ts';
import { DATASETS } from './schemas.ts';
import { SUM_CHECK_PREFIXES, type SumMismatch } from './sums.ts';
import type { DataRecord, LocatedRecord } from './validate.ts';

const FILE = 'data/discrepancies.csv';
const DISPUTABLE = DATASETS.filter((d) => d.provenance).map((d) => d.name);
const DATE = /^\d{4}(-\d{2}){0,2}(\/\d{4}(-\d{2}){0,2})?$/;
const AREA = /(?:^| )(NE(?:-\d)?)(?= |$)/;

/** First and last day of an ISO date, month, year or interval, as comparable strings. */
function span(date: string): [string, string] {
  const [from = '', to = from] = date.split('/');
  return [from.padEnd(10, from.length === 4 ? '-01-01' : '-01'), to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-31` : to];
}

function rowSpan(r: DataRecord): [string, string] | null {
  if (typeof r.period_start === 'string' && typeof r.period_end === 'string') return [r.period_start, r.period_end];
  const date = r.date ?? r.as_of;
  return typeof date === 'string' ? span(date) : null;
}

/** Why a described key names no row, or null when it does. */
function missingRows(key: string, rows: readonly LocatedRecord[]): string | null {
  const [first = '', word, second = ''] = key.split(' ');
  const dates = [first, ...(word === 'to' ? [second] : [])].filter((d) => DATE.test(d));
  const area = AREA.exec(key)?.[1];
  for (const date of dates) {
    const [from, to] = span(date);
    const match = rows.some(({ record }) => {
      const s = rowSpan(record);
      return s !== null && s[0] <= to && from <= s[1] && (!area || (record.area ?? record.code) === area);
    });
    if (!match) return `no row of it covers ${date}${area ? ` in ${area}` : ''}`;
  }
  if (dates.length === 0 && area && !rows.some(({ record }) => (record.area ?? record.code) === area)) return `no row of it is in ${area}`;
  return null;
}

export interface SumChecks {
  mismatches: readonly SumMismatch[];
  /** Dataset → the key of every sum checked on it. */
  checked: ReadonlyMap<string, ReadonlySet<string>>;
}

function mismatchError(m: SumMismatch): DataError {
  const relation = m.complete ? 'the sum of its parts' : 'at least the sum of the parts given';
  return dataError(
    `data/${m.dataset}.csv`,
    m.line,
    m.column,
    String(m.total),
    `${relation}, ${m.partsSum} (${m.parts.join(' + ')}), or a row in data/discrepancies.csv with dataset "${m.dataset}" and key "${m.key}"`,
  );
}

/** `clean` holds the datasets read without problems; keys into any other are not checked, its own errors say enough. */
export function checkDiscrepancies(
  listed: readonly LocatedRecord[],
  sums: SumChecks,
  clean: ReadonlyMap<string, readonly LocatedRecord[]>,
): DataError[] {
  const errors: DataError[] = [];
  const rows = listed.map(({ line, record }) => ({ line, ...(record as unknown as Discrepancy) }));
  const id = (d: { dataset: string; key: string }) => `${d.dataset}|${d.key}`;
  const listedIds = new Set(rows.map(id));
  const failing = new Set(sums.mismatches.map(id));
  for (const m of sums.mismatches) if (!listedIds.has(id(m))) errors.push(mismatchError(m));

  for (const { line, dataset, key } of rows) {
    if (!DISPUTABLE.includes(dataset)) {
      errors.push(dataError(FILE, line, 'dataset', dataset, `one of the datasets with sourced rows: ${DISPUTABLE.join(' | ')}`));
      continue;
    }
    const data = clean.get(dataset);
    if (!data) continue;
    if (SUM_CHECK_PREFIXES.some((p) => key.startsWith(p))) {
      const checked = sums.checked.get(dataset) ?? new Set<string>();
      if (!checked.has(key)) {
        const like = [...checked].find((k) => k.split(' ')[0] === key.split(' ')[0]) ?? [...checked][0];
        errors.push(dataError(FILE, line, 'key', key, `the key of a sum checked on ${dataset}${like ? `, such as ${cut(like)}` : ' (none is)'}; no such sum exists`));
      } else if (!failing.has(id({ dataset, key }))) {
        errors.push(dataError(FILE, line, 'key', key, 'a sum check that still fails; these figures now add up, so remove the row'));
      }
      continue;
    }
    const missing = missingRows(key, data);
    if (missing) errors.push(dataError(FILE, line, 'key', key, `a key naming rows of data/${dataset}.csv; ${missing}`));
  }
  return errors;
}
