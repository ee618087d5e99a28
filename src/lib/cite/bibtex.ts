/** A source document as a BibTeX entry (/data/cite/<id>.bib), UTF-8, for BibTeX and biblatex. */
import type { Source } from '../../data/types.ts';
import { cslItem, type CslItem } from './csl.ts';

const ENTRY_TYPES: Record<CslItem['type'], string> = { report: 'techreport', document: 'misc', webpage: 'misc', 'article-newspaper': 'misc' };
/** biblatex's language names for the languages sources.csv allows. */
const LANGIDS: Record<string, string> = { nl: 'dutch', en: 'english', fr: 'french' };
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text with BibTeX's and LaTeX's special characters escaped, so braces stay balanced and nothing is read as a command. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => SPECIALS[c] ?? c);
}

/** A citation key BibTeX accepts: letters, digits and - _ : . only. */
export function bibtexKey(id: string): string {
  return id.replace(/[^A-Za-z0-9_:.-]/g, '-');
}

export function toBibtex(source: Source): string {
  const item = cslItem(source);
  const [year, month] = item.issued?.['date-parts'][0] ?? [];
  const fields: [string, string][] = [];
  const add = (name: string, value: string | undefined, raw = false) => value !== undefined && fields.push([name, raw ? value : `{${value}}`]);
  // Double braces keep an institution's name and the title's capitals as they are.
  add('author', item.author && `{${escapeBibtex(item.author[0]!.literal)}}`);
  add('title', `{${escapeBibtex(item.title)}}`);
  add(item.type === 'report' ? 'institution' : 'publisher', escapeBibtex(item.publisher));
  add('year', year === undefined ? undefined : String(year));
  add('month', month === undefined ? undefined : MONTHS[month - 1], true);
  add('date', source.published ?? undefined);
  add('langid', LANGIDS[item.language]);
  add('url', item.URL);
  add('note', item.note && escapeBibtex(item.note));
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@${ENTRY_TYPES[item.type]}{${bibtexKey(item.id)},\n${body}\n}\n`;
}
