/** One dictionary entry in both languages, for models that carry both (chart table column labels). */
import { STRINGS, type UiStrings } from './strings.ts';

export function bilingual(get: (words: UiStrings) => string): Record<keyof typeof STRINGS, string> {
  const nl = get(STRINGS.nl);
  const en = get(STRINGS.en);
  return { nl, en };
}
