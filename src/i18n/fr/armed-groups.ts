import type { Strings } from '../dictionary.ts';

/** The armed-group cards, their small maps and the table of groups by region. */
export const armedGroups: Strings<typeof import('../nl/armed-groups.ts').armedGroups> = {
  aliases: 'Also known as',
  affiliation: 'Affiliation',
  founded: 'Founded',
  activeIn: 'Active in',
  noArea: 'no area given in the source',
  outsideNiger: 'Outside Niger',
  and: ' and ',
  countries: { NG: 'Nigeria' },
  map: {
    highlighted: 'Map of Niger, {name}: {regions} highlighted',
    noRegion: 'Map of Niger, {name}: no region highlighted',
    outside: '; active outside Niger in {areas}',
    noArea: ', the source names no area',
  },
  table: {
    show: 'Show as a table: groups by region',
    label: 'Armed groups by region',
    caption: 'Armed groups by region: the departments the report names, or “yes” where it names only the region',
    group: 'Group',
    source: 'Source',
    locator: 'Locator',
    yes: 'yes',
  },
};
