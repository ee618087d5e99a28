/** Table column labels in both languages, from the dictionaries' `charts.columns`. */
import { perLang } from '../i18n/by-lang.ts';
import type { Lang } from '../i18n/lang.ts';
import type { UiStrings } from '../i18n/strings.ts';

export type ColumnWord = keyof UiStrings['charts']['columns'];

export function columnLabel(word: ColumnWord): Record<Lang, string> {
  return perLang((words) => words.charts.columns[word]);
}
