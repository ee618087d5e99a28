import { sources } from '../data/select.ts';
import type { Provenance, Source } from '../data/types.ts';
import { ui, type Lang } from '../i18n/index.ts';
import { semicolonList } from '../i18n/punctuation.ts';

export function findSource(id: string): Source {
  const source = sources.find((s) => s.source_id === id);
  if (!source) throw new Error(`Unknown source_id ${id}`);
  return source;
}

/** A source's short name for inline citations (the dictionary's `labels.sourceShort`), else its title. */
export function sourceLabel(id: string, lang: Lang): string {
  const short: Record<string, string> = ui(lang).labels.sourceShort;
  return short[id] ?? findSource(id).title;
}

/** "CGRS/Cedoca, COI Focus Niger (11 July 2025), §6.2, Tabel 1" */
export function citation(row: Provenance, lang: Lang): string {
  return `${sourceLabel(row.source_id, lang)}, ${row.locator}`;
}

/** The distinct sources of many rows, without their locators: for a source line whose table, elsewhere, gives each row's. */
export function citeSources(rows: readonly Provenance[], lang: Lang): string {
  return [...new Set(rows.map((r) => r.source_id))].map((id) => sourceLabel(id, lang)).join(' · ');
}

/** Distinct citations of many rows, grouped per source: "Source A, §4, §6.1; Source B, …". */
export function citeAll(rows: readonly Provenance[], lang: Lang): string {
  const bySource = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = bySource.get(r.source_id) ?? new Set<string>();
    set.add(r.locator);
    bySource.set(r.source_id, set);
  }
  return [...bySource].map(([id, locators]) => `${sourceLabel(id, lang)}, ${semicolonList(locators, lang)}`).join(' · ');
}
