/**
 * Interface text in both languages: one place for every translated string that is not
 * story prose. English must have exactly the keys Dutch has (the type enforces it).
 */
const nl = {
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
  datasetsIntro:
    'Elk cijfer op deze site staat in een van deze bestanden, met de bron en de plaats in die bron. Download ze, controleer ze, hergebruik ze.',
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
};

export type UiStrings = { [K in keyof typeof nl]: string };

const en: UiStrings = {
  siteTitle: 'Niger: violence, missions and withdrawal',
  siteDescription:
    'An explorable story of the security situation in Niger and the foreign military missions there: ACLED figures by region and type of violence, displacement, and the rise and fall of international cooperation.',
  skipToContent: 'Skip to content',
  languageSwitch: 'Nederlands',
  languageSwitchLabel: 'Lees deze pagina in het Nederlands',
  otherLang: 'nl',
  source: 'Source',
  sources: 'Sources',
  derived: 'derived',
  derivedNote: 'Derived figure, computed from',
  showTable: 'Show the figures as a table',
  downloadCsv: 'Download the data (CSV)',
  seeSources: 'to the sources',
  acledChain:
    'ACLED, as quoted in CGRS/Cedoca, COI Focus Niger. Veiligheidssituatie (11 July 2025); ACLED data to 30 May 2025, consulted on 5 June 2025.',
  datasetsTitle: 'The datasets',
  datasetsIntro:
    'Every figure on this site is in one of these files, with its source and where in that source. Download them, check them, reuse them.',
  datasetColumn: 'Dataset',
  rowsColumn: 'Rows',
  sourcesColumn: 'Sources',
  downloadColumn: 'Download',
  mapTitle: 'Violence by region',
  incidents: 'incidents',
  fatalities: 'deaths',
  region: 'Region',
  noData: 'no figure in the source',
  lastUpdated: 'Last updated with sources up to',
  footerAttribution:
    'Boundaries: Natural Earth (public domain). Towns: © GeoNames (geonames.org), CC BY 4.0; town names normalised to French spelling. Conflict figures: ACLED, via CGRS/Cedoca.',
  legend: 'Legend',
  capital: 'capital',
};

export const STRINGS: Record<'nl' | 'en', UiStrings> = { nl, en };
