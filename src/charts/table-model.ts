import Papa from 'papaparse';
import type { Lang } from '../i18n/lang.ts';
import { formatNumber } from '../lib/format.ts';

/**
 * The data behind a chart, as one table: what the accessible data table shows and
 * what the chart's CSV download contains (with source and locator columns).
 */
export interface TableColumn {
  key: string;
  label: Record<Lang, string>;
  numeric?: boolean;
  /** The language the column's text is in, where it is one language on every page (the timeline's `title_nl`). */
  lang?: Lang;
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

/** RFC 4180 CSV with machine-readable values (no locale separators) and the column keys as header. */
export function tableToCsv(table: ChartTable): string {
  const fields = table.columns.map((c) => c.key);
  const data = table.rows.map((row) => fields.map((key) => row[key] ?? null));
  return `${Papa.unparse({ fields, data }, { newline: '\n' })}\n`;
}
