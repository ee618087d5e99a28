/** Table column labels in both languages, from the dictionaries' `chartsA.columns`. */
import { bilingual } from '../i18n/bilingual.ts';
import type { UiStrings } from '../i18n/strings.ts';

export type ColumnWord = keyof UiStrings['chartsA']['columns'];

export function columnLabel(word: ColumnWord): { nl: string; en: string } {
  return bilingual((words) => words.chartsA.columns[word]);
}
