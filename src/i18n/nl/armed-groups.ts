/** The armed-group cards, their small maps and the table of groups by region. */
export const armedGroups = {
  aliases: 'Ook bekend als',
  affiliation: 'Verbonden met',
  founded: 'Opgericht',
  activeIn: 'Actief in',
  noArea: 'geen gebied vermeld in de bron',
  outsideNiger: 'Buiten Niger',
  /** Between the last two items of a list: "Tillabéri, Tahoua en Dosso". */
  and: ' en ',
  /** Countries of the areas outside Niger that the data names (ISO 3166-1 code). */
  countries: { NG: 'Nigeria' },
  /** Accessible name of a group's map; {name}, {regions} and {areas} are filled in. */
  map: {
    highlighted: 'Kaart van Niger, {name}: gemarkeerd {regions}',
    noRegion: 'Kaart van Niger, {name}: geen regio gemarkeerd',
    outside: '; actief buiten Niger in {areas}',
    noArea: ', de bron noemt geen gebied',
  },
  table: {
    show: 'Toon als tabel: groepen per regio',
    label: 'Gewapende groepen per regio',
    caption: 'Gewapende groepen per regio: de departementen die het rapport noemt, of “ja” als het alleen de regio noemt',
    group: 'Groep',
    source: 'Bron',
    locator: 'Vindplaats',
    /** A region the report names without departments. */
    yes: 'ja',
  },
};
