/**
 * How sure the sources are of a figure, by the rules in the README ("How sure"), computed
 * from the data: the row behind the figure, the other rows with the same key (other places
 * in the sources), data/discrepancies.csv and data/caveats.csv. Pure: the data comes in.
 */
import type { Caveat, Discrepancy, Provenance, ValueQualifier } from '../data/types.ts';

type Row = Readonly<Record<string, unknown>>;

/** One dataset's rows and the columns that make a row unique (from the data step's schema). */
export interface DatasetRows {
  name: string;
  key: readonly string[];
  rows: readonly Row[];
}

export interface Evidence {
  datasets: readonly DatasetRows[];
  discrepancies: readonly Discrepancy[];
  caveats: readonly Caveat[];
}

export type Agreement = 'single' | 'agreeing' | 'disagree';

export interface Certainty {
  /** single: one place gives it; agreeing: several places give the same value; disagree: a listed disagreement or other places give other values. */
  agreement: Agreement;
  /** Every place giving the same figure (this one included), when they agree. */
  places: Provenance[];
  /** The rows of discrepancies.csv that name this figure. */
  discrepancies: Discrepancy[];
  /** The source qualifies the number ("about", "at least", …). */
  qualified: boolean;
  /** Warnings the source itself gives about such figures. */
  caveats: Caveat[];
}

/** Columns that say where a figure is, not which figure it is. */
const WHERE = new Set(['source_id', 'locator']);

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/** The dataset a figure's row comes from, and that row as stored: the row whose key matches. */
export function locate(row: Row, evidence: Evidence): { dataset: DatasetRows; record: Row } | null {
  for (const dataset of evidence.datasets) {
    if (!dataset.key.every((k) => k in row)) continue;
    const record = dataset.rows.find((r) => dataset.key.every((k) => same(r[k], row[k])));
    if (record) return { dataset, record };
  }
  return null;
}

/** The column of the row that holds the figure's value. */
export function measureOf(record: Row, value: number): string | null {
  return Object.keys(record).find((k) => record[k] === value) ?? null;
}

const DATE_TOKEN = /\d{4}(?:-\d{2}){0,2}(?:(?:\.\.|\/)\d{4}(?:-\d{2}){0,2})?/g;
const AREA_TOKEN = /(?:^| )(NE(?:-\d)?)(?= |$)/g;
const MEASURES = ['incidents', 'fatalities'];

/** First and last day of a date, month, year or period ("a/b", "a..b"), as comparable strings. */
function span(date: string): [string, string] {
  const [from = '', to = from] = date.split(/\.\.|\//);
  const end = to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-31` : to;
  return [from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from, end];
}

function rowSpan(r: Row): [string, string] | null {
  if (typeof r.period_start === 'string' && typeof r.period_end === 'string') return [r.period_start, r.period_end];
  const date = r.date ?? r.as_of;
  return typeof date === 'string' ? span(date) : null;
}

/**
 * Whether a row of discrepancies.csv names this figure: the same dataset; the row's locator
 * among its locators; the value among its values (as a number of its own); and what its
 * key states (a date or period, an area, incidents or fatalities) fits the row.
 */
export function names(d: Discrepancy, dataset: string, record: Row, measure: string | null, value: number | null): boolean {
  if (d.dataset !== dataset) return false;
  const locator = String(record.locator);
  if (!d.locators.split(/\s*\|\s*|;\s*/).some((l) => l === locator || l.endsWith(` ${locator}`))) return false;
  if (value !== null && !new RegExp(`(^|[\\s(])${String(value).replace('.', '\\.')}(?=[\\s),;%]|$)`).test(d.values)) return false;
  const dates = d.key.match(DATE_TOKEN) ?? [];
  const period = rowSpan(record);
  if (dates.length && period && !dates.some((t) => span(t)[0] <= period[1] && period[0] <= span(t)[1])) return false;
  const areas = [...d.key.matchAll(AREA_TOKEN)].map((m) => m[1]);
  if (areas.length && typeof record.area === 'string' && !areas.includes(record.area)) return false;
  const said = MEASURES.filter((m) => d.key.split(' ').includes(m));
  return !(said.length && measure && MEASURES.includes(measure) && !said.includes(measure));
}

function assessRow(row: Row, value: number | null, evidence: Evidence): Omit<Certainty, 'qualified'> {
  const found = locate(row, evidence);
  if (!found) return { agreement: 'single', places: [], discrepancies: [], caveats: [] };
  const { dataset, record } = found;
  const measure = value === null ? null : measureOf(record, value);
  const discrepancies = evidence.discrepancies.filter((d) => names(d, dataset.name, record, measure, value));
  const caveats = evidence.caveats.filter(
    (c) => c.dataset === dataset.name && (c.area === null || c.area === record.area) && (c.measure === null ? true : measure === null ? record[c.measure] != null : c.measure === measure),
  );
  const sameKey = dataset.rows.filter((r) => dataset.key.every((k) => WHERE.has(k) || same(r[k], record[k])));
  // Without a known value (a derived figure's row), every number the row holds is compared with the other places'.
  const measures = measure ? [measure] : Object.keys(record).filter((k) => typeof record[k] === 'number');
  const siblings = sameKey.filter((r) => measures.some((m) => r[m] != null));
  const agrees = siblings.every((r) => measures.every((m) => r[m] == null || r[m] === record[m]));
  const agreement: Agreement = discrepancies.length || !agrees ? 'disagree' : siblings.length > 1 ? 'agreeing' : 'single';
  const places = agreement === 'agreeing' ? siblings.map((r) => ({ source_id: String(r.source_id), locator: String(r.locator) })) : [];
  return { agreement, places, discrepancies, caveats };
}

const RANK: Record<Agreement, number> = { single: 0, agreeing: 1, disagree: 2 };

/** A sourced figure is judged on its row and value; a derived one on each of its rows (its value is ours, so no agreement is claimed). */
export function assess(from: readonly Row[], value: number, qualifier: ValueQualifier, derived: boolean, evidence: Evidence): Certainty {
  // A derived figure's rows carry their own values (src/figures/define.ts): each is judged on its own.
  const parts = from.map((row) => assessRow(row, derived ? (typeof row.value === 'number' ? row.value : null) : value, evidence));
  const worst = parts.reduce<Agreement>((a, p) => (RANK[p.agreement] > RANK[a] ? p.agreement : a), 'single');
  const agreement = derived && worst === 'agreeing' ? 'single' : worst;
  const unique = <T>(items: T[]) => [...new Set(items)];
  return {
    agreement,
    places: agreement === 'agreeing' ? parts.flatMap((p) => p.places) : [],
    discrepancies: unique(parts.flatMap((p) => p.discrepancies)),
    qualified: qualifier !== 'exact',
    caveats: unique(parts.flatMap((p) => p.caveats)),
  };
}
