import { LANGS, type Lang } from './lang.ts';
import { STRINGS, type UiStrings } from './strings.ts';

export { LANGS, type Lang };

export function ui(lang: Lang): UiStrings {
  return STRINGS[lang];
}

/** The languages a page in `lang` links to in its language switch, in LANGS order. */
export function otherLangs(lang: Lang): Lang[] {
  return LANGS.filter((l) => l !== lang);
}
