/** One dictionary entry in both languages, for models that carry both (chart table column labels, map metrics). */
import type { Lang } from './lang.ts';
import { STRINGS, type UiStrings } from './strings.ts';

export function bilingual(get: (words: UiStrings, lang: Lang) => string): Record<Lang, string> {
  const nl = get(STRINGS.nl, 'nl');
  const en = get(STRINGS.en, 'en');
  return { nl, en };
}
