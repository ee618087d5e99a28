/** English interface text: the same keys as src/i18n/nl.ts (the type enforces it). */
import type { Dictionary } from './nl.ts';

export const en: Dictionary = {
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
  chapter: 'Chapter',
  contents: 'Contents',
  // Chapters displacement and sources:
  sourceOnline: 'Online',
  sourceLanguageNote: { nl: '(in Dutch)', en: '' },
  discrepancyTable: {
    caption: 'Disagreements between and within the sources',
    dataset: 'Dataset',
    what: 'What',
    values: 'Values',
    locators: 'Locators',
    explanation: 'Explanation',
    datasets: { 'acled-niger': 'ACLED counts', incidents: 'Attacks', displacement: 'Displacement', humanitarian: 'Humanitarian figures', deployments: 'Missions', timeline: 'Timeline' },
  },
  // ── Chapter regions (region profiles) ──
  regionProfile: {
    goTo: 'Go to a region',
  },
  // ── end regions ──
  figure: {
    derived: 'Derived',
    qualifier: { exact: '', approx: 'about ', more_than: 'more than ', at_most: 'at most ' },
    unit: {
      million: 'million',
      // partners, missions
      millionDollars: 'million dollars',
      millionEuros: 'million euros',
      millionEurosAYear: 'million euros a year',
      euro: 'euro',
      // end partners, missions
    },
    derivation: {
      changeOnYearEarlier: 'change on a year earlier',
      // chapters violence, casualty-counts
      battlesOfAllIncidents: 'battles divided by all incidents',
      civilianTargetingOfAllIncidents: 'civilian-targeting incidents divided by all incidents',
      // end violence, casualty-counts
      // Chapters displacement and sources:
      sumOfFourRegions: 'sum of the four regions',
      nationalMinusFourRegions: 'national total minus the sum of the four regions',
      diffaOfNationalTotal: 'Diffa divided by the national total',
      hundredMinusNamedShares: '100 minus the named shares',
      // end displacement, sources
    },
  },
};
