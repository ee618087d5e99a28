/**
 * The French text of a built page, element by element, with its spaces kept as they are (a
 * no-break space is what the punctuation check looks for): text inside an element in another
 * language (a Dutch quote, a source's own title), and code, scripts and styles, is left out.
 */
import { textInLang } from './text-in-lang.ts';

const NOT_TEXT = new Set(['script', 'style', 'template', 'code', 'pre', 'textarea']);

/** Runs of French text between tags, decoded, in document order. */
export function frenchTextRuns(html: string, lang = 'fr'): string[] {
  return textInLang(html, lang, { skip: NOT_TEXT });
}

/**
 * Where French punctuation is set the English way: a letter or digit and then " :" with an
 * ordinary space (French wants a no-break one), or directly ":" and a space.
 */
export function colonFaults(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N})»][ \t\r\n]+:|[\p{L}\p{N})»]:(?=\s)/gu)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20));
}
