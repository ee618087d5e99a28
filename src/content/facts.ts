/**
 * What a content file says, as the parity checks compare it: the figure ids it cites,
 * its heading levels in order, and digits written outside a figure or date tag.
 * Parsed the way Astro parses it (frontmatter blanked to keep line numbers).
 */
import Markdoc, { type Node } from '@markdoc/markdoc';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

export interface ContentFacts {
  figIds: string[];
  headings: number[];
  /** `line N: "…"` for each stray digit. */
  strayDigits: string[];
  /** Lines whose text Markdoc drops (see droppedText). */
  droppedText: string[];
}

/** Attributes that hold prose the reader sees; ids, dates and citations are not prose. */
const PROSE_ATTRIBUTES = ['label', 'caption', 'translation', 'by'];

/** Digits that are not figures: section marks (§1.1), names such as "G5" or an air base's number ("vliegbasis 101", "Air Base 101", "base aérienne 101"), licence names such as "CC BY 4.0" and the report's own charts and tables ("Grafiek 6", "Tabel 1"). */
const NOT_FIGURES = /§\s?\d+(\.\d+)*|\p{L}+\d+|\b(?:[Vv]liegbasis|Air Base|[Bb]ase aérienne) \d+\b|\bCC BY(-[A-Z]+)* \d+(\.\d+)*|\b(?:Grafiek|Tabel) \d+\b/gu;

// The same options as @astrojs/markdoc's tokenizer.
const tokenizer = new Markdoc.Tokenizer({ allowComments: true });
const parse = (text: string) => Markdoc.parse(tokenizer.tokenize(text));

export function contentFacts(file: string): ContentFacts {
  const ast = parse(parseFrontmatter(file, { frontmatter: 'empty-with-lines' }).content);
  const figIds: string[] = [];
  const headings: number[] = [];
  const strayDigits: string[] = [];
  const check = (node: Node, text: string) => {
    if (/\d/.test(text.replace(NOT_FIGURES, ''))) strayDigits.push(`line ${(node.lines[0] ?? 0) + 1}: "${text.trim()}"`);
  };
  for (const node of ast.walk()) {
    if (node.type === 'heading') headings.push(Number(node.attributes.level));
    if (node.type === 'text') check(node, String(node.attributes.content));
    if (node.type !== 'tag') continue;
    if (node.tag === 'fig') figIds.push(String(node.attributes.id));
    if (node.tag === 'key-figure') figIds.push(String(node.attributes.fig));
    for (const name of PROSE_ATTRIBUTES) if (typeof node.attributes[name] === 'string') check(node, node.attributes[name]);
  }
  return { figIds, headings, strayDigits, droppedText: droppedText(file, ast) };
}

/**
 * Markdoc 0.5 takes a line that starts with a tag for a block tag when the text after
 * the tag is no longer than the blank lines at the top of the file, and drops that text
 * (its block rule trims the whole source, not only the line's end). Astro blanks the
 * frontmatter to keep line numbers, so "{% date … /%}, UNHCR" loses ", UNHCR". Parsing
 * without the blank lines shows what was lost.
 */
function droppedText(file: string, ast: Node): string[] {
  const texts = (root: Node) => [...root.walk()].filter((n) => n.type === 'text').map((n) => String(n.attributes.content));
  const expected = texts(parse(parseFrontmatter(file, { frontmatter: 'remove' }).content.trimStart()));
  const got = new Set(texts(ast));
  return expected.filter((t) => !got.has(t)).map((t) => `"${t}" is lost: do not start a line with a tag followed by short text`);
}

/** Differences between a Dutch and an English file of the same chapter. */
export function parityProblems(nl: ContentFacts, en: ContentFacts): string[] {
  const problems: string[] = [];
  const sorted = (ids: string[]) => [...new Set(ids)].sort();
  const [nlIds, enIds] = [sorted(nl.figIds), sorted(en.figIds)];
  const onlyNl = nlIds.filter((id) => !enIds.includes(id));
  const onlyEn = enIds.filter((id) => !nlIds.includes(id));
  if (onlyNl.length) problems.push(`figures only in nl: ${onlyNl.join(', ')}`);
  if (onlyEn.length) problems.push(`figures only in en: ${onlyEn.join(', ')}`);
  if (nl.headings.join() !== en.headings.join()) problems.push(`headings differ: nl h${nl.headings.join(' h')}, en h${en.headings.join(' h')}`);
  return problems;
}
