import type { Strings } from '../dictionary.ts';

/** The armed-group cards, their small maps and the table of groups by region. */
export const armedGroups: Strings<typeof import('../nl/armed-groups.ts').armedGroups> = {
  aliases: 'Autres noms',
  affiliation: 'Affiliation',
  founded: 'Création',
  activeIn: 'Zones d’activité',
  noArea: 'aucune zone indiquée dans la source',
  outsideNiger: 'Hors du Niger',
  /** Between the last two items of a list: "Tillabéri, Tahoua et Dosso". */
  and: ' et ',
  countries: { NG: 'Nigeria' },
  map: {
    highlighted: 'Carte du Niger, {name}\u00a0: en surbrillance {regions}',
    noRegion: 'Carte du Niger, {name}\u00a0: aucune région en surbrillance',
    outside: '\u202f; activité hors du Niger\u00a0: {areas}',
    noArea: ', la source ne nomme aucune zone',
  },
  table: {
    show: 'En tableau\u00a0: groupes par région',
    label: 'Groupes armés par région',
    caption: 'Groupes armés par région\u00a0: les départements que cite le rapport, ou «\u00a0oui\u00a0» s’il ne cite que la région',
    group: 'Groupe',
    source: 'Source',
    locator: 'Référence',
    yes: 'oui',
  },
};
