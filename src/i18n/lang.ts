/** The site's languages: Dutch at /, English under /en/, French under /fr/. */
export type Lang = 'nl' | 'en' | 'fr';

/** Every language, the default first: it is served at /, the others under /<lang>/. */
export const LANGS: readonly Lang[] = ['nl', 'en', 'fr'];

/** The path prefix of a language's pages: none for the default. */
export function langPrefix(lang: Lang): string {
  return lang === LANGS[0] ? '' : `/${lang}`;
}

/** The language of a site path ("/fr/regions/…" → fr; anything unprefixed → the default). */
export function langOfPath(path: string): Lang {
  return LANGS.find((lang) => lang !== LANGS[0] && (path === `/${lang}` || path.startsWith(`/${lang}/`))) ?? LANGS[0]!;
}
