import type { Lang } from './lang.ts';
import { STRINGS, type UiStrings } from './strings.ts';

export type { Lang };
export const LANGS: readonly Lang[] = ['nl', 'en'];

export function ui(lang: Lang): UiStrings {
  return STRINGS[lang];
}

/** Dutch lives at the root, English under /en/. */
export function localePath(lang: Lang, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === 'nl' ? clean : `/en${clean}`;
}

export function otherLang(lang: Lang): Lang {
  return lang === 'nl' ? 'en' : 'nl';
}
