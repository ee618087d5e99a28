/**
 * A chart's table as the story shows it: the same rows as the CSV and the chart's own page,
 * without the columns kept for reuse, and with sources by name. When every row has one
 * source, it is said once (under the table's caption) instead of on each row; a first cell
 * that repeats the row above (one attack, several tolls) spans those rows.
 */
import type { ChartTable } from '../../charts/table-model.ts';
import type { Lang } from '../../i18n/index.ts';
import { sourceLabel } from '../../lib/provenance.ts';

/** Codes, ACLED's own category names, a figure's kind and unit, mandate dates, a casualty row's bound and victims repeated. */
const DETAIL_COLUMNS: ReadonlySet<string> = new Set(['code', 'event_type', 'sub_event_type', 'figure_kind', 'unit', 'until', 'extended', 'killed', 'bound']);

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
  const ids = new Set(table.rows.map((r) => r.source_id));
  const single = ids.size === 1 && typeof [...ids][0] === 'string' && [...ids][0] !== '' ? ([...ids][0] as string) : null;
  const columns = table.columns.filter((c) => !DETAIL_COLUMNS.has(c.key) && !(single && c.key === 'source_id'));
  const rows = table.rows.map((r) => (typeof r.source_id === 'string' && r.source_id !== '' ? { ...r, source_id: sourceLabel(r.source_id, lang) } : r));
  const read = { columns, rows };
  return { ...read, source: single ? sourceLabel(single, lang) : null, spans: firstCellSpans(read) };
}
