/** Table column labels in both languages, from the dictionaries' `chartsA.columns`. */
import { bilingual } from '../i18n/bilingual.ts';
import type { Lang } from '../i18n/lang.ts';
import type { UiStrings } from '../i18n/strings.ts';

export type ColumnWord = keyof UiStrings['chartsA']['columns'];

export function columnLabel(word: ColumnWord): Record<Lang, string> {
  return bilingual((words) => words.chartsA.columns[word]);
}
