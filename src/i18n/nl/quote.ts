/** The quote component's words: a translated quotation keeps its original one click away. */
export const quote = {
  /** The summary that opens the original, by the original's language. */
  original: { nl: 'Origineel (Nederlands)', en: 'Origineel (Engels)', fr: 'Origineel (Frans)' },
  /** After the citation of a quote shown in translation. */
  translated: 'vertaling van deze site',
};
