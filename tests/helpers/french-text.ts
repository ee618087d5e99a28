/**
 * The French text of a built page, element by element, with its spaces kept as they are (a
 * no-break space is what the punctuation check looks for): text inside an element in another
 * language (a Dutch quote, a source's own title), and code, scripts and styles, is left out.
 */
import { Parser } from 'htmlparser2';

const NOT_TEXT = new Set(['script', 'style', 'template', 'code', 'pre', 'textarea']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Runs of French text between tags, decoded, in document order. */
export function frenchTextRuns(html: string, lang = 'fr'): string[] {
  const runs: string[] = [];
  const stack: { name: string; lang: string; skip: boolean }[] = [{ name: '#root', lang: '', skip: false }];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parent = stack.at(-1)!;
        if (VOID.has(name)) return;
        stack.push({ name, lang: attrs.lang ?? parent.lang, skip: parent.skip || NOT_TEXT.has(name) });
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        const i = stack.findLastIndex((e) => e.name === name);
        if (i > 0) stack.length = i;
      },
      ontext(text) {
        const top = stack.at(-1)!;
        if (!top.skip && top.lang.startsWith(lang)) runs.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return runs;
}

/**
 * Where French punctuation is set the English way: a letter or digit and then " :" with an
 * ordinary space (French wants a no-break one), or directly ":" and a space.
 */
export function colonFaults(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N})»][ \t\r\n]+:|[\p{L}\p{N})»]:(?=\s)/gu)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20));
}
