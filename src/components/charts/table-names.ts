/**
 * A chart table's cells that name a group or an institution, in the page's language by the
 * glossary (src/content/glossary/): the CSV keeps the data's names ("JNIM", "ECOWAS"), the
 * French page's table shows "GSIM", "CEDEAO". Names the glossary does not know stay as they are.
 */
import type { ChartTable } from '../../charts/table-model.ts';
import { dataName } from '../../i18n/glossary.ts';
import type { Lang } from '../../i18n/lang.ts';

/** The columns whose values are names from the data: who acted, which group, which mission, who contributed. */
const NAME_COLUMNS: ReadonlySet<string> = new Set(['actor', 'group', 'mission', 'contributor']);

export function namesInLang<T extends ChartTable>(table: T, lang: Lang): T {
  const rows = table.rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, NAME_COLUMNS.has(key) && typeof value === 'string' ? dataName(value, lang) : value])));
  return { ...table, rows };
}
