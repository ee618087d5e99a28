import type { Strings } from '../dictionary.ts';
import { term } from '../glossary.ts';

/** Display names of the coded values in the data: "all" of ACLED's types and sub-types, actors described in words, short source names (groups and ACLED's types: src/content/glossary/). */
export const labels: Strings<typeof import('../nl/labels.ts').labels> = {
  eventTypes: {
    all: 'Tous les types',
  },
  subEventTypes: {
    all: 'Total',
  },
  /** Actors as the report names them (keys: the data's spelling, sometimes Dutch); the French abbreviations of the groups. */
  actors: {
    'Boko Haram/JAS': 'Boko Haram/JAS',
    'ongeïdentificeerde gewapende groepen': 'Groupes armés non identifiés',
    'onbekende gewapende groepen': 'Groupes armés inconnus',
    'Nigerese leger': 'Armée nigérienne',
    gemeenschapsmilities: 'Milices communautaires',
    gemeenschapsmilitie: 'Milice communautaire',
  },
  /** Short citations for inline use, by source_id; the full reference is on the sources list. */
  sourceShort: {
    'cgrs-coi-niger-2025': `${term('cgrs', 'fr')}/Cedoca, COI Focus Niger (11\u00a0juillet 2025)`,
    'be-defence-new-nero': 'Défense belge, «\u00a0Onze missie in Niger\u00a0»',
    'nl-kamerbrief-sahel-2022': 'Lettre à la Seconde Chambre sur le Sahel, Kamerstuk 29\u00a0521, n°\u00a0456 (nov. 2022)',
    'nl-missies-overzicht': 'Gouvernement néerlandais, «\u00a0Nederlandse bijdrage aan missies en operaties\u00a0»',
    'news-us-withdrawal-2024': 'Article de presse sur le retrait américain (avril 2024)',
  },
};
