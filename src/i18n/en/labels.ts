import type { Strings } from '../dictionary.ts';
import { term } from '../glossary.ts';

/** Display names of the coded values in the data: "all" of ACLED's types and sub-types, actors described in words, short source names (groups and ACLED's types: src/content/glossary/). */
export const labels: Strings<typeof import('../nl/labels.ts').labels> = {
  eventTypes: {
    all: 'All types',
  },
  subEventTypes: {
    all: 'Total',
  },
  actors: {
    'Boko Haram/JAS': 'Boko Haram/JAS',
    'ongeïdentificeerde gewapende groepen': 'Unidentified armed groups',
    'onbekende gewapende groepen': 'Unknown armed groups',
    'Nigerese leger': 'Nigerien army',
    gemeenschapsmilities: 'Community militias',
    gemeenschapsmilitie: 'Community militia',
  },
  sourceShort: {
    'cgrs-coi-niger-2025': `${term('cgrs', 'en')}/Cedoca, COI Focus Niger (11 July 2025)`,
    'be-defence-new-nero': 'Belgian Defence, “Onze missie in Niger”',
    'nl-kamerbrief-sahel-2022': 'Dutch letter to parliament on the Sahel, 29 521 no. 456 (Nov 2022)',
    'nl-missies-overzicht': 'Dutch government, “Nederlandse bijdrage aan missies en operaties”',
    'news-us-withdrawal-2024': 'News item on the US withdrawal (April 2024)',
  },
};
