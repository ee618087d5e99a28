/** Table column labels in both languages, from the dictionaries' `chartsA.columns`. */
import { inBothLangs } from '../i18n/by-lang.ts';
import type { Lang } from '../i18n/lang.ts';
import type { UiStrings } from '../i18n/strings.ts';

export type ColumnWord = keyof UiStrings['chartsA']['columns'];

export function columnLabel(word: ColumnWord): Record<Lang, string> {
  return inBothLangs((words) => words.chartsA.columns[word]);
}
