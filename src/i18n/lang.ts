/** The site's languages: Dutch at /, English under /en/, French under /fr/. */
export type Lang = 'nl' | 'en' | 'fr';
