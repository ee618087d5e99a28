/**
 * A chart table's cells in the page's language, where the CSV keeps the data's names: a group,
 * institution, country or ACLED type by the glossary (src/content/glossary/: "JNIM", "ECOWAS",
 * "Belgium", "Battles" become "GSIM", "CEDEAO", "Belgique", "Affrontements armés (Battles)" on
 * the French page); an actor the report describes ("Unidentified armed groups") and a derived
 * row's label (what the sources leave unnamed) by the dictionary. Other names stay as they are.
 */
import type { Cell, ChartTable } from '../../charts/table-model.ts';
import { derivedRowOf } from '../../charts/derived-rows.ts';
import { firstMention, termKeyOfEnglish } from '../../i18n/glossary.ts';
import { ui } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/lang.ts';
import { nameInLang } from '../../lib/labels.ts';

/** The columns whose values are names from the data: who acted, which group, which mission, who contributed. */
const NAME_COLUMNS: ReadonlySet<string> = new Set(['actor', 'group', 'mission', 'contributor']);
/** The columns that name a row in English words (ACLED's types in the violence table): each type is named once, so in full. */
const ENGLISH_LABEL_COLUMNS: ReadonlySet<string> = new Set(['label']);

function inLang(column: string, value: Cell, lang: Lang): Cell {
  if (typeof value !== 'string') return value;
  const derived = derivedRowOf(value);
  if (derived) return ui(lang).charts.derivedRows[derived];
  if (NAME_COLUMNS.has(column)) return nameInLang(value, lang);
  const key = ENGLISH_LABEL_COLUMNS.has(column) ? termKeyOfEnglish(value) : undefined;
  return key ? firstMention(key, lang) : value;
}

export function namesInLang<T extends ChartTable>(table: T, lang: Lang): T {
  const rows = table.rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, inLang(key, value, lang)])));
  return { ...table, rows };
}
