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

/** The languages served under a prefix (/en/, /fr/), whose pages src/pages/[lang]/ builds. */
export const PREFIXED_LANGS: readonly Lang[] = LANGS.filter((lang) => langPrefix(lang) !== '');

/** A page's static paths in every prefixed language: each path once per language, `lang` in its params and props. */
export function inPrefixedLangs<P extends object, Q extends object>(paths: readonly { params: P; props: Q }[]) {
  return PREFIXED_LANGS.flatMap((lang) => paths.map(({ params, props }) => ({ params: { ...params, lang }, props: { ...props, lang } })));
}
