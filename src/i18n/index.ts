import type { Lang } from './lang.ts';
import { STRINGS, type UiStrings } from './strings.ts';

export type { Lang };
export const LANGS: readonly Lang[] = ['nl', 'en', 'fr'];

export function ui(lang: Lang): UiStrings {
  return STRINGS[lang];
}

export function otherLang(lang: Lang): Lang {
  return lang === 'nl' ? 'en' : 'nl';
}
