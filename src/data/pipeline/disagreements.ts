/**
 * Rows that state the same measure (equal in a schema's `sameMeasure.columns`) but give
 * different values are a disagreement in the sources. Each must be listed in
 * data/discrepancies.csv: a row of that dataset whose key starts with the rows' date or
 * period and names their area, and whose locators include every disagreeing row's.
 * Queries then name the row they want by locator (src/data/query.ts).
 */
import type { Discrepancy } from '../types.ts';
import { dataError, type DataError } from './errors.ts';
import type { DatasetSchema } from './schemas.ts';
import type { LocatedRecord } from './validate.ts';

/** The leading date or period of a discrepancy key for these rows. */
function whenOf(r: Readonly<Record<string, unknown>>): string {
  if (typeof r.period_start === 'string') return `${r.period_start}/${String(r.period_end)}`;
  return typeof r.date === 'string' ? r.date : '';
}

/** The locators a discrepancy row names: " | " between sides, "; " within one. */
export function listedLocators(d: Pick<Discrepancy, 'locators'>): Set<string> {
  return new Set(d.locators.split(' | ').flatMap((side) => [side, ...side.split('; ')]).map((l) => l.trim()));
}

/** Whether data/discrepancies.csv lists a disagreement between these rows. */
export function isListed(dataset: string, rows: readonly Readonly<Record<string, unknown>>[], listed: readonly Discrepancy[]): boolean {
  const first = rows[0];
  if (!first) return true;
  const when = whenOf(first);
  const area = typeof first.area === 'string' ? first.area : '';
  return listed.some((d) => {
    if (d.dataset !== dataset || !d.key.startsWith(when) || (area && !d.key.split(' ').includes(area))) return false;
    const locators = listedLocators(d);
    return rows.every((r) => locators.has(String(r.locator)));
  });
}

export function checkDisagreements(schema: DatasetSchema, rows: readonly LocatedRecord[], listed: readonly Discrepancy[]): DataError[] {
  const same = schema.sameMeasure;
  if (!same) return [];
  const groups = new Map<string, LocatedRecord[]>();
  for (const row of rows) {
    const key = JSON.stringify(same.columns.map((c) => row.record[c] ?? null));
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const errors: DataError[] = [];
  for (const group of groups.values()) {
    for (const measure of same.measures) {
      const stated = group.filter((r) => r.record[measure] !== null && r.record[measure] !== undefined);
      if (new Set(stated.map((r) => r.record[measure])).size < 2) continue;
      if (isListed(schema.name, stated.map((r) => r.record), listed)) continue;
      const first = stated[0]!;
      // The error sits on the first row that differs from the first one.
      const odd = stated.find((r) => r.record[measure] !== first.record[measure])!;
      const sides = stated.map((r) => `${String(r.record[measure])} (line ${r.line}, "${String(r.record.locator)}")`).join(' | ');
      const key = [whenOf(first.record), first.record.area].filter(Boolean).join(' ');
      errors.push(
        dataError(
          `data/${schema.file}`,
          odd.line,
          measure,
          String(odd.record[measure]),
          `one ${measure} for ${same.columns.map((c) => `${c} ${JSON.stringify(first.record[c] ?? '')}`).join(', ')}; the rows disagree: ${sides}. ` +
            `List the disagreement in data/discrepancies.csv: dataset "${schema.name}", a key starting "${key}", locators "${stated.map((r) => String(r.record.locator)).join(' | ')}"`,
        ),
      );
    }
  }
  return errors;
}
