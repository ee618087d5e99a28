import { labelPerLang } from '../i18n/by-lang.ts';
import type { Lang } from '../i18n/lang.ts';
import type { TableColumn } from './table-model.ts';

/** A chart table's columns, labelled in both languages (a table is built once for both pages); `numeric` ones are formatted as numbers. */
export function labelledColumns<K extends string>(keys: readonly K[], labels: Record<Lang, Record<K, string>>, numeric: readonly K[] = []): TableColumn[] {
  return keys.map((key) => ({ key, label: labelPerLang(labels, key), ...(numeric.includes(key) ? { numeric: true } : {}) }));
}
