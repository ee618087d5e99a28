/**
 * The ready citation a figure's tip offers: the original source with its locator, the
 * chain for data a source quotes ("ACLED, as quoted in …, consulted on …"), and the
 * permanent link to the figure on this site. Words come from the dictionaries.
 */
import type { Provenance, Source } from '../../data/types.ts';
import { fill } from '../../i18n/fill.ts';
import { ui, type Lang } from '../../i18n/index.ts';
import { formatDate } from '../format.ts';
import { findSource } from '../provenance.ts';
import { semicolonList } from '../../i18n/punctuation.ts';


/** "Publisher, Title, 11 July 2025" */
export function reference(source: Source, lang: Lang): string {
  const base = fill(ui(lang).cite.reference, { publisher: source.publisher, title: source.title });
  return source.published ? `${base}, ${formatDate(source.published, lang)}` : base;
}

/**
 * Whether a row's figure is data its source quotes from another body (ACLED): a row of the
 * ACLED counts (it has an event type) or a death toll reported by ACLED.
 */
export function isQuoted(row: Provenance): boolean {
  const r = row as Provenance & { event_type?: unknown; deaths_by?: unknown };
  return findSource(row.source_id).quotes !== null && (r.event_type !== undefined || r.deaths_by === 'acled');
}

export function rowCitation(row: Provenance, lang: Lang): string {
  const source = findSource(row.source_id);
  const words = ui(lang).cite;
  const ref = reference(source, lang);
  if (isQuoted(row) && source.quotes && source.quotes_consulted) {
    return fill(words.quotedIn, { data: source.quotes, reference: ref, locator: row.locator, consulted: formatDate(source.quotes_consulted, lang) });
  }
  return fill(words.sourced, { reference: ref, locator: row.locator });
}

/** The whole citation of a figure, ending with where it stands on this site. */
export function figureCitation(from: readonly Provenance[], derivation: string | undefined, url: string, lang: Lang): string {
  const words = ui(lang).cite;
  const rows = [...new Set(from.map((r) => rowCitation(r, lang)))];
  const citation = derivation ? fill(words.derived, { derivation, rows: semicolonList(rows, lang) }) : semicolonList(rows, lang);
  return fill(words.onSite, { citation, site: ui(lang).siteTitle, url });
}

/** A stable anchor for a figure: from its registry id, or else from its value and rows. */
export function figureAnchor(id: string | undefined, value: number, from: readonly Provenance[]): string {
  if (id) return `fig-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const text = `${value}|${from.map((r) => `${r.source_id}|${r.locator}`).join('|')}`;
  // FNV-1a: short, stable across builds, no dependency.
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return `fig-${hash.toString(36)}`;
}

/** The anchor of a row of the disagreements table. */
export function discrepancyAnchor(d: { dataset: string; key: string }): string {
  const slug = `${d.dataset} ${d.key}`
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `discrepancy-${slug}`;
}

