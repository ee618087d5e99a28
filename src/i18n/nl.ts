/**
 * Dutch interface text: every translated string that is not story prose (story prose is
 * in src/content/). src/i18n/en.ts must have exactly these keys; its type enforces it.
 */
export const nl = {
  siteTitle: 'Niger: geweld, missies en vertrek',
  siteDescription:
    'Een verkennend verhaal over de veiligheidssituatie in Niger en de buitenlandse militaire missies: ACLED-cijfers per regio en type geweld, ontheemding en de opgang en teloorgang van de internationale samenwerking.',
  skipToContent: 'Naar de inhoud',
  languageSwitch: 'English',
  languageSwitchLabel: 'Read this page in English',
  otherLang: 'en',
  source: 'Bron',
  sources: 'Bronnen',
  derived: 'afgeleid',
  derivedNote: 'Afgeleid cijfer, berekend uit',
  showTable: 'Toon de cijfers als tabel',
  downloadCsv: 'Download de data (CSV)',
  seeSources: 'naar de bronnen',
  acledChain:
    'ACLED, zoals geciteerd in CGRS/Cedoca, COI Focus Niger. Veiligheidssituatie (11 juli 2025); ACLED-data tot 30 mei 2025, geraadpleegd op 5 juni 2025.',
  datasetsTitle: 'De datasets',
  datasetColumn: 'Dataset',
  rowsColumn: 'Rijen',
  sourcesColumn: 'Bronnen',
  downloadColumn: 'Download',
  mapTitle: 'Geweld per regio',
  incidents: 'incidenten',
  fatalities: 'doden',
  region: 'Regio',
  noData: 'geen cijfer in de bron',
  lastUpdated: 'Laatst bijgewerkt met bronnen tot',
  footerAttribution:
    'Grenzen: Natural Earth (publiek domein). Plaatsen: © GeoNames (geonames.org), CC BY 4.0; plaatsnamen genormaliseerd naar Franse spelling. Conflictcijfers: ACLED, via CGRS/Cedoca.',
  legend: 'Legenda',
  capital: 'hoofdstad',
  /** The kicker above a chapter heading, followed by its number. */
  chapter: 'Hoofdstuk',
  contents: 'Inhoud',
  // Chapters displacement and sources:
  /** The link to a source document that is online. */
  sourceOnline: 'Online',
  /** Said after a source written in another language than the page's, by the source's language; empty: nothing said. */
  sourceLanguageNote: { nl: '', en: '' },
  /** The table of disagreements between and within the sources (column heads, dataset names). */
  discrepancyTable: {
    caption: 'Afwijkingen tussen en binnen de bronnen',
    dataset: 'Dataset',
    what: 'Wat',
    values: 'Waarden',
    locators: 'Vindplaatsen',
    explanation: 'Toelichting (Engels)',
    datasets: { 'acled-niger': 'ACLED-tellingen', incidents: 'Aanslagen', displacement: 'Ontheemding', humanitarian: 'Humanitaire cijfers', deployments: 'Missies', timeline: 'Tijdlijn' },
  },
  // ── Chapter regions (region profiles) ──
  regionProfile: {
    goTo: 'Ga naar een regio',
  },
  // ── end regions ──
  /** The figure component's words: qualifiers go before the number, units after it. */
  figure: {
    derived: 'Afgeleid',
    qualifier: { exact: '', approx: 'ongeveer ', more_than: 'meer dan ', at_most: 'maximaal ' },
    unit: {
      million: 'miljoen',
      // partners, missions
      millionDollars: 'miljoen dollar',
      millionEuros: 'miljoen euro',
      millionEurosAYear: 'miljoen euro per jaar',
      euro: 'euro',
      // end partners, missions
    },
    derivation: {
      changeOnYearEarlier: 'verandering ten opzichte van een jaar eerder',
      // chapters violence, casualty-counts
      battlesOfAllIncidents: 'gevechten gedeeld door alle incidenten',
      civilianTargetingOfAllIncidents: 'incidenten met burgers als doelwit gedeeld door alle incidenten',
      // end violence, casualty-counts
      // Chapters displacement and sources:
      sumOfFourRegions: 'som van de vier regio’s',
      nationalMinusFourRegions: 'landelijk totaal min de som van de vier regio’s',
      diffaOfNationalTotal: 'Diffa gedeeld door het landelijke totaal',
      hundredMinusNamedShares: '100 min de genoemde aandelen',
      // end displacement, sources
    },
  },
};

/** The shape of a dictionary: the Dutch keys, every leaf a string. */
export type Dictionary = Strings<typeof nl>;
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
