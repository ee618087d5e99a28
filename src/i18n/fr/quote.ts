import type { Strings } from '../dictionary.ts';

/** The quote component's words: a translated quotation keeps its original one click away. */
export const quote: Strings<typeof import('../nl/quote.ts').quote> = {
  /** The summary that opens the original, by the original's language. */
  original: { nl: 'Original (néerlandais)', en: 'Original (anglais)', fr: 'Original (français)' },
  /** After the citation of a quote shown in translation. */
  translated: 'notre traduction',
};
