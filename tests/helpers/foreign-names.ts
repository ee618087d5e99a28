/**
 * Where a page in one language shows another language's abbreviation of a name (JNIM on a
 * French page, where French sources write GSIM): in its visible text and the attributes read
 * aloud (aria-label, alt, title). Quotations (<q>, <blockquote>) and text marked as another
 * language (lang="nl", lang="en") keep their own words, as do the `allowed` phrases (the
 * glossary's full names, which may give the original: "…, JNIM en arabe").
 */
import { textInLang } from './text-in-lang.ts';

const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'q', 'blockquote']);
const READ_ALOUD = ['aria-label', 'alt', 'title'];

export interface NameFinding {
  name: string;
  /** The text around it, to find it on the page. */
  context: string;
}

export function foreignNames(html: string, pageLang: string, names: readonly string[], allowed: readonly string[] = []): NameFinding[] {
  const pattern = new RegExp(`\\b(${names.join('|')})\\b`, 'g');
  const findings: NameFinding[] = [];
  for (const raw of textInLang(html, pageLang, { skip: SKIPPED_ELEMENTS, attributes: READ_ALOUD })) {
    const text = allowed.reduce((t, phrase) => t.split(phrase).join(' '), raw.replace(/\s+/g, ' '));
    for (const m of text.matchAll(pattern)) findings.push({ name: m[1]!, context: text.slice(Math.max(0, m.index - 40), m.index + 40).trim() });
  }
  return findings;
}
