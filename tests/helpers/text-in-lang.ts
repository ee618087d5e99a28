/**
 * The text of a built page in its own language, node by node in document order, spaces kept
 * as they are: elements marked as another language (a Dutch quote, a source's own title) and
 * the elements a check names (code, scripts, quotations) are left out, and an element's
 * attributes a check names (what a screen reader reads aloud) come before its text.
 */
import { parseDocument } from 'htmlparser2';

type ChildNode = ReturnType<typeof parseDocument>['children'][number];
interface Element {
  name: string;
  attribs: Record<string, string | undefined>;
  children: ChildNode[];
}

export interface TextOptions {
  /** Elements whose text is not read. */
  skip: ReadonlySet<string>;
  /** Attributes read as text too. */
  attributes?: readonly string[];
}

function walk(nodes: ChildNode[], lang: string, options: TextOptions, out: string[]): string[] {
  for (const node of nodes) {
    if (node.type === 'text' && 'data' in node) out.push(node.data);
    if (!('attribs' in node)) continue;
    const element = node as unknown as Element;
    const own = element.attribs.lang;
    if (options.skip.has(element.name) || (own !== undefined && !own.startsWith(lang))) continue;
    for (const attribute of options.attributes ?? []) out.push(element.attribs[attribute] ?? '');
    walk(element.children, lang, options, out);
  }
  return out;
}

/** The page's text in `lang`, as runs in document order. */
export function textInLang(html: string, lang: string, options: TextOptions): string[] {
  return walk(parseDocument(html, { decodeEntities: true }).children, lang, options, []);
}
