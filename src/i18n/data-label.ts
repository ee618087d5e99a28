/**
 * Names that come with the data in more than one form, chosen for the page's language:
 * the one place a data row's name is picked by language (Dutch and French pages name
 * neighbouring countries in French, as the report does; English pages in English).
 */
import type { Lang } from './lang.ts';

const NEIGHBOUR_NAME_FIELD: Record<Lang, 'nameFr' | 'name'> = { nl: 'nameFr', en: 'name', fr: 'nameFr' };

export function neighbourName(n: { name: string; nameFr: string }, lang: Lang): string {
  return n[NEIGHBOUR_NAME_FIELD[lang]];
}
