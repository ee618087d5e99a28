import type { Strings } from '../dictionary.ts';

/** The quote component's words: a translated quotation keeps its original one click away. */
export const quote: Strings<typeof import('../nl/quote.ts').quote> = {
  original: { nl: 'Original (Dutch)', en: 'Original (English)', fr: 'Original (French)' },
  translated: 'translated by this site',
};
