/**
 * A source document as one CSL-JSON item (the citation format of Zotero, Mendeley and
 * pandoc), from its row in data/sources.csv. The BibTeX and RIS writers start from it too.
 */
import type { Source, SourceKind } from '../../data/types.ts';

export interface CslItem {
  id: string;
  type: 'report' | 'document' | 'webpage' | 'article-newspaper';
  title: string;
  author?: { literal: string }[];
  publisher: string;
  issued?: { 'date-parts': [number[]] };
  language: string;
  URL?: string;
  note?: string;
}

const CSL_TYPES: Record<SourceKind, CslItem['type']> = { report: 'report', letter: 'document', web_page: 'webpage', news: 'article-newspaper' };

/** "2025-07-11" → [2025, 7, 11]; "2022-11" → [2022, 11]. */
export function dateParts(date: string): number[] {
  return date.split('-').map(Number);
}

export function cslItem(source: Source): CslItem {
  return {
    id: source.source_id,
    type: CSL_TYPES[source.kind],
    title: source.title,
    // An institution wrote reports, letters and pages; a news item's publisher is not its author.
    ...(source.kind === 'news' ? {} : { author: [{ literal: source.publisher }] }),
    publisher: source.publisher,
    ...(source.published ? { issued: { 'date-parts': [dateParts(source.published)] as [number[]] } } : {}),
    language: source.language,
    ...(source.url ? { URL: source.url } : {}),
    ...(source.note ? { note: source.note } : {}),
  };
}

/** The file at /data/cite/<id>.json: CSL-JSON is an array of items. */
export function toCslJson(source: Source): string {
  return `${JSON.stringify([cslItem(source)], null, 2)}\n`;
}
