import { term } from '../glossary.ts';

/** Display names of the coded values in the data: "all" of ACLED's types and sub-types, actors described in words, short source names (groups and ACLED's types: src/content/glossary/). */
export const labels = {
  eventTypes: {
    all: 'Alle types',
  },
  subEventTypes: {
    all: 'Totaal',
  },
  /** Actors as the report names them (keys: the data's spelling, sometimes Dutch). */
  actors: {
    'Boko Haram/JAS': 'Boko Haram/JAS',
    'ongeïdentificeerde gewapende groepen': 'Niet-geïdentificeerde gewapende groepen',
    'onbekende gewapende groepen': 'Onbekende gewapende groepen',
    'Nigerese leger': 'Nigerees leger',
    gemeenschapsmilities: 'Gemeenschapsmilities',
    gemeenschapsmilitie: 'Gemeenschapsmilitie',
  },
  /** Short citations for inline use, by source_id; the full reference is on the sources list. */
  sourceShort: {
    'cgrs-coi-niger-2025': `${term('cgrs', 'nl')}/Cedoca, COI Focus Niger (11 juli 2025)`,
    'be-defence-new-nero': 'Belgische Defensie, “Onze missie in Niger”',
    'nl-kamerbrief-sahel-2022': 'Kamerbrief Sahel, Kamerstuk 29 521, nr. 456 (nov. 2022)',
    'nl-missies-overzicht': 'Rijksoverheid, “Nederlandse bijdrage aan missies en operaties”',
    'news-us-withdrawal-2024': 'Nieuwsbericht over het Amerikaanse vertrek (april 2024)',
  },
};
