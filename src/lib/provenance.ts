import { sources } from '../data/select.ts';
import type { Provenance, Source } from '../data/types.ts';
import type { Lang } from '../i18n/index.ts';

/** Short citations for inline use; the full reference is in the sources section. */
const SHORT: Record<string, { nl: string; en: string }> = {
  'cgrs-coi-niger-2025': { nl: 'CGVS/Cedoca, COI Focus Niger (11 juli 2025)', en: 'CGRS/Cedoca, COI Focus Niger (11 July 2025)' },
  'be-defence-new-nero': { nl: 'Belgische Defensie, “Onze missie in Niger”', en: 'Belgian Defence, “Onze missie in Niger”' },
  'nl-kamerbrief-sahel-2022': { nl: 'Kamerbrief Sahel, Kamerstuk 29 521, nr. 456 (nov. 2022)', en: 'Dutch letter to parliament on the Sahel, 29 521 no. 456 (Nov 2022)' },
  'nl-missies-overzicht': { nl: 'Rijksoverheid, “Nederlandse bijdrage aan missies en operaties”', en: 'Dutch government, “Nederlandse bijdrage aan missies en operaties”' },
  'news-us-withdrawal-2024': { nl: 'Nieuwsbericht over het Amerikaanse vertrek (april 2024)', en: 'News item on the US withdrawal (April 2024)' },
};

export function findSource(id: string): Source {
  const source = sources.find((s) => s.source_id === id);
  if (!source) throw new Error(`Unknown source_id ${id}`);
  return source;
}

export function sourceLabel(id: string, lang: Lang): string {
  return SHORT[id]?.[lang] ?? findSource(id).title;
}

/** "CGRS/Cedoca, COI Focus Niger (11 July 2025), §6.2, Tabel 1" */
export function citation(row: Provenance, lang: Lang): string {
  return `${sourceLabel(row.source_id, lang)}, ${row.locator}`;
}

/** Distinct citations of many rows, grouped per source: "Source A, §4, §6.1; Source B, …". */
export function citeAll(rows: readonly Provenance[], lang: Lang): string {
  const bySource = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = bySource.get(r.source_id) ?? new Set<string>();
    set.add(r.locator);
    bySource.set(r.source_id, set);
  }
  return [...bySource].map(([id, locators]) => `${sourceLabel(id, lang)}, ${[...locators].join('; ')}`).join(' · ');
}
