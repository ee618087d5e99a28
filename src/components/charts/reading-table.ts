/**
 * A chart's table as the story shows it: the same rows as the CSV and the chart's own page,
 * without the columns kept for reuse, with dates as the page writes them and sources by name. When every row with a
 * figure has one source, it is said once (under the table's caption) instead of on each row; a first cell
 * that repeats the row above (one attack, several tolls) spans those rows.
 */
import type { ChartTable } from '../../charts/table-model.ts';
import { LANGS, ui, type Lang } from '../../i18n/index.ts';
import { sourceLabel } from '../../lib/provenance.ts';
import { formatDate, formatPeriodShort } from '../../lib/format.ts';
import type { Cell } from '../../charts/table-model.ts';

const ISO_DATE = /^\d{4}(?:-\d{2}){0,2}$/;
const ISO_PERIOD = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

/** Columns whose values are qualifier codes ("at_least", "more than"), written as the page's figures write them. */
const QUALIFIER_COLUMNS: ReadonlySet<string> = new Set(['qualifier', 'value_qualifier']);

/** Dates and periods as the page writes them ("17 sep. 2024", "sep 2024 – mei 2025"), qualifiers in words; other cells as they are. */
function readable(key: string, value: Cell, lang: Lang): Cell {
  if (typeof value !== 'string') return value;
  if (QUALIFIER_COLUMNS.has(key)) {
    const words: Record<string, string> = ui(lang).figure.qualifier;
    return words[value.replace(/ /g, '_')]?.trim() ?? value;
  }
  const period = ISO_PERIOD.exec(value);
  if (period) return formatPeriodShort(period[1]!, period[2]!, lang);
  return ISO_DATE.test(value) ? formatDate(value, lang) : value;
}

/**
 * Codes, ACLED's own category names, a figure's kind and unit, mandate dates, a casualty row's
 * bound and victims repeated, and a row's date where the chart's title or first column gives it
 * (an attack's, the displacement count's month).
 */
const DETAIL_COLUMNS: ReadonlySet<string> = new Set(['code', 'event_type', 'sub_event_type', 'figure_kind', 'unit', 'until', 'extended', 'killed', 'bound', 'date']);

export interface ReadingTable extends ChartTable {
  /** The one source of every row, by name, when the source column was folded away. */
  source: string | null;
  /** Per row, how many rows its first cell spans: rows that repeat the one above get 0 (one attack, several tolls). */
  spans: number[];
}

/** Runs of equal first cells, as row spans: [2, 0, 1] for "a, a, b". */
export function firstCellSpans(table: ChartTable): number[] {
  const key = table.columns[0]?.key;
  const spans = table.rows.map(() => 1);
  if (!key) return spans;
  let start = 0;
  table.rows.forEach((row, i) => {
    if (i > 0 && row[key] !== null && row[key] === table.rows[start]![key]) {
      spans[start]! += 1;
      spans[i] = 0;
    } else start = i;
  });
  return spans;
}

export function readingTable(table: ChartTable, lang: Lang): ReadingTable {
  // Rows without a source are rows without a figure ("–" for a period the source gives nothing for).
  const ids = new Set(table.rows.map((r) => r.source_id).filter((id) => typeof id === 'string' && id !== ''));
  const single = ids.size === 1 ? ([...ids][0] as string) : null;
  const columns = table.columns.filter((c) => !DETAIL_COLUMNS.has(c.key) && !(single && c.key === 'source_id'));
  const rows = table.rows.map((r) => {
    const row = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, readable(k, v, lang)]));
    return typeof r.source_id === 'string' && r.source_id !== '' ? { ...row, source_id: sourceLabel(r.source_id, lang) } : row;
  });
  const read = { columns, rows };
  return { ...read, source: single ? sourceLabel(single, lang) : null, spans: firstCellSpans(read) };
}

/**
 * A table with one column per language (the timeline's event titles) shows on a page the
 * page's language and the sources' (Dutch); the CSV keeps every language.
 */
export function pageLangColumns<T extends ChartTable>(table: T, lang: Lang): T {
  return { ...table, columns: table.columns.filter((c) => !c.lang || c.lang === lang || c.lang === LANGS[0]) };
}
