/**
 * Where a page in one language shows another language's abbreviation of a name (JNIM on a
 * French page, where French sources write GSIM): in its visible text and the attributes read
 * aloud (aria-label, alt, title). Quotations (<q>, <blockquote>) and text marked as another
 * language (lang="nl", lang="en") keep their own words, as do the `allowed` phrases (the
 * glossary's full names, which may give the original: "…, JNIM en arabe").
 */
import { parseDocument } from 'htmlparser2';

type ChildNode = ReturnType<typeof parseDocument>['children'][number];
interface Element {
  name: string;
  attribs: Record<string, string | undefined>;
  children: ChildNode[];
}

const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'q', 'blockquote']);
const READ_ALOUD = ['aria-label', 'alt', 'title'];

export interface NameFinding {
  name: string;
  /** The text around it, to find it on the page. */
  context: string;
}

function textsOf(nodes: ChildNode[], pageLang: string, out: string[]): string[] {
  for (const node of nodes) {
    if (node.type === 'text' && 'data' in node) out.push(node.data);
    if (!('attribs' in node)) continue;
    const element = node as unknown as Element;
    const lang = element.attribs.lang;
    if (SKIPPED_ELEMENTS.has(element.name) || (lang !== undefined && !lang.startsWith(pageLang))) continue;
    for (const attribute of READ_ALOUD) out.push(element.attribs[attribute] ?? '');
    textsOf(element.children, pageLang, out);
  }
  return out;
}

export function foreignNames(html: string, pageLang: string, names: readonly string[], allowed: readonly string[] = []): NameFinding[] {
  const pattern = new RegExp(`\\b(${names.join('|')})\\b`, 'g');
  const findings: NameFinding[] = [];
  for (const raw of textsOf(parseDocument(html).children, pageLang, [])) {
    const text = allowed.reduce((t, phrase) => t.split(phrase).join(' '), raw.replace(/\s+/g, ' '));
    for (const m of text.matchAll(pattern)) findings.push({ name: m[1]!, context: text.slice(Math.max(0, m.index - 40), m.index + 40).trim() });
  }
  return findings;
}
