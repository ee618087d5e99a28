/**
 * Sum cross-checks: parts against the totals the sources state. A mismatch is an error
 * unless data/discrepancies.csv lists its key, because sources do disagree with
 * themselves and we show that rather than "correct" it.
 */
import { REGION_CODES, type AcledCount, type Displacement } from '../types.ts';

export interface SumMismatch {
  dataset: string;
  /** Stable key, as written in the `key` column of discrepancies.csv. */
  key: string;
  line: number;
  column: string;
  total: number;
  partsSum: number;
  parts: string[];
  /** True when the parts are the full set, so the sum must equal the total. */
  complete: boolean;
}

interface Located<T> {
  line: number;
  record: T;
}

/** The first word of every key built here; discrepancies.csv keys that start so name a sum check. */
export const SUM_CHECK_PREFIXES = ['types ', 'sub-types ', 'regions ', 'departments ', 'origins '] as const;

const MEASURES = ['incidents', 'fatalities'] as const;
const TYPE_PARTS = ['battles', 'explosions_remote_violence', 'violence_against_civilians'] as const;

function compare(
  checked: Set<string>,
  dataset: string,
  key: string,
  total: Located<object>,
  column: string,
  parts: { label: string; value: number | null }[],
  complete: boolean,
): SumMismatch | null {
  checked.add(key);
  const totalValue = (total.record as Record<string, unknown>)[column];
  const known = parts.filter((p): p is { label: string; value: number } => p.value !== null);
  if (typeof totalValue !== 'number' || known.length === 0) return null;
  const partsSum = known.reduce((sum, p) => sum + p.value, 0);
  const isComplete = complete && known.length === parts.length;
  const ok = isComplete ? partsSum === totalValue : partsSum <= totalValue;
  if (ok) return null;
  return {
    dataset,
    key,
    line: total.line,
    column,
    total: totalValue,
    partsSum,
    parts: known.map((p) => `${p.label} ${p.value}`),
    complete: isComplete,
  };
}

/** First row per logical key (text and table may both state a count; the first one stands in for sums). */
function index<T>(rows: readonly Located<T>[], keyOf: (r: T) => string): Map<string, Located<T>> {
  const map = new Map<string, Located<T>>();
  for (const row of rows) {
    const key = keyOf(row.record);
    if (!map.has(key)) map.set(key, row);
  }
  return map;
}

const acledKey = (r: Pick<AcledCount, 'period_start' | 'period_end' | 'area' | 'department' | 'event_type' | 'sub_event_type'>) =>
  [r.period_start, r.period_end, r.area, r.department ?? '', r.event_type, r.sub_event_type].join('|');

/** Mismatches of the ACLED sums; `checked` receives the key of every sum checked, matching or not. */
export function checkAcledSums(rows: readonly Located<AcledCount>[], checked = new Set<string>()): SumMismatch[] {
  // Only an area's own counts add up: a stated part, a locality or a single attack is no total.
  const all = rows.filter((r) => r.record.actor === 'all' && r.record.scope === 'total');
  const byKey = index(all, acledKey);
  const mismatches: SumMismatch[] = [];
  const push = (m: SumMismatch | null) => m && mismatches.push(m);

  for (const total of byKey.values()) {
    const t = total.record;
    const period = `${t.period_start}..${t.period_end}`;
    const scope = t.department ? `${t.area}/${t.department}` : t.area;
    const find = (over: Partial<AcledCount>) => byKey.get(acledKey({ ...t, ...over }));

    for (const column of MEASURES) {
      if (t.event_type === 'all' && t.sub_event_type === 'all') {
        const parts = TYPE_PARTS.map((type) => ({ label: type, value: (find({ event_type: type })?.record[column] ?? null) as number | null }));
        push(compare(checked, 'acled-niger', `types ${period} ${scope} ${column}`, total, column, parts, true));
      }
      if (t.event_type !== 'all' && t.sub_event_type === 'all') {
        const parts = all
          .filter((r) => acledKey({ ...r.record, sub_event_type: 'all' }) === acledKey(t) && r.record.sub_event_type !== 'all')
          .map((r) => ({ label: r.record.sub_event_type, value: r.record[column] }));
        const unique = [...new Map(parts.map((p) => [p.label, p])).values()];
        push(compare(checked, 'acled-niger', `sub-types ${period} ${scope} ${t.event_type} ${column}`, total, column, unique, false));
      }
      if (t.area === 'NE' && t.department === null) {
        const parts = REGION_CODES.map((code) => ({ label: code, value: (find({ area: code })?.record[column] ?? null) as number | null }));
        push(compare(checked, 'acled-niger', `regions ${period} ${t.event_type}/${t.sub_event_type} ${column}`, total, column, parts, true));
      }
      if (t.area !== 'NE' && t.department === null) {
        const departments = new Map<string, { label: string; value: number | null }>();
        for (const r of all) {
          const d = r.record.department;
          if (d !== null && !departments.has(d) && acledKey({ ...r.record, department: null }) === acledKey(t)) {
            departments.set(d, { label: d, value: r.record[column] });
          }
        }
        push(compare(checked, 'acled-niger', `departments ${period} ${t.area} ${t.event_type}/${t.sub_event_type} ${column}`, total, column, [...departments.values()], false));
      }
    }
  }
  return mismatches;
}

export function checkDisplacementSums(rows: readonly Located<Displacement>[], checked = new Set<string>()): SumMismatch[] {
  const keyOf = (r: Pick<Displacement, 'date' | 'area' | 'population_group' | 'origin'>) => [r.date, r.area, r.population_group, r.origin ?? ''].join('|');
  const byKey = index(rows, keyOf);
  const mismatches: SumMismatch[] = [];
  for (const total of byKey.values()) {
    const t = total.record;
    if (t.origin !== null) continue;
    if (t.area === 'NE') {
      const parts = REGION_CODES.map((code) => ({ label: code, value: byKey.get(keyOf({ ...t, area: code }))?.record.count ?? null }));
      const m = compare(checked, 'displacement', `regions ${t.date} ${t.population_group} count`, total, 'count', parts, true);
      if (m) mismatches.push(m);
    }
    const origins = rows
      .filter((r) => r.record.origin !== null && keyOf({ ...r.record, origin: null }) === keyOf(t))
      .map((r) => ({ label: r.record.origin ?? '', value: r.record.count }));
    const m = compare(checked, 'displacement', `origins ${t.date} ${t.area} ${t.population_group} count`, total, 'count', origins, false);
    if (m) mismatches.push(m);
  }
  return mismatches;
}
