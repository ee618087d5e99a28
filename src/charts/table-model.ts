import type { Lang } from '../lib/format.ts';
import { formatNumber } from '../lib/format.ts';

/**
 * The data behind a chart, as one table: what the accessible data table shows and
 * what the chart's CSV download contains (with source and locator columns).
 */
export interface TableColumn {
  key: string;
  label: { nl: string; en: string };
  numeric?: boolean;
}

export type Cell = string | number | null;

export interface ChartTable {
  columns: TableColumn[];
  rows: Record<string, Cell>[];
}

export function formatCell(value: Cell, numeric: boolean, lang: Lang, empty: string): string {
  if (value === null || value === '') return empty;
  if (numeric && typeof value === 'number') return formatNumber(value, lang);
  return String(value);
}

function csvField(value: Cell): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with machine-readable values (no locale separators) and the column keys as header. */
export function tableToCsv(table: ChartTable): string {
  const lines = [table.columns.map((c) => c.key).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvField(row[c.key] ?? null)).join(','));
  return `${lines.join('\n')}\n`;
}
