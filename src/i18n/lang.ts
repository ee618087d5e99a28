/** The site's two languages: Dutch at /, English under /en/. */
export type Lang = 'nl' | 'en';
