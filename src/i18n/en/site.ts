import type { Strings } from '../dictionary.ts';
import { term } from '../glossary.ts';

/** English words of the site: title, navigation, sources, chapters. */
export const site: Strings<typeof import('../nl/site.ts').site> = {
  siteTitle: 'Niger: violence, missions and withdrawal',
  siteDescription:
    'An explorable story of the security situation in Niger and the foreign military missions there: ACLED figures by region and type of violence, displacement, and the rise and fall of international cooperation.',
  skipToContent: 'Skip to content',
  /** This language's name in itself, for the language switch on the other languages' pages. */
  languageName: 'English',
  /** The switch's full label, read by screen readers in this language. */
  readThisPage: 'Read this page in English',
  /** The name of the language switch's navigation landmark. */
  languageNav: 'Language',
  source: 'Source',
  /** After a label, before what it introduces ("Bron: …"); code joins labels with it, never with a bare ": ". */
  colon: ': ',
  /** Between the items of a list of references ("§6.1; §6.2"). */
  semicolon: '; ',
  sources: 'Sources',
  derived: 'derived',
  derivedNote: 'Derived figure, computed from',
  showTable: 'Show the figures as a table',
  downloadCsv: 'Download the data (CSV)',
  seeSources: 'to the sources',
  acledChain:
    `ACLED, as quoted in ${term('cgrs', 'en')}/Cedoca, COI Focus Niger. Veiligheidssituatie (11 July 2025); ACLED data to 30 May 2025, consulted on 5 June 2025.`,
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
    `Boundaries: Natural Earth (public domain). Towns: © GeoNames (geonames.org), CC BY 4.0; town names normalised to French spelling. Conflict figures: ACLED, via ${term('cgrs', 'en')}/Cedoca.`,
  legend: 'Legend',
  capital: 'capital',
  chapter: 'Chapter',
  contents: 'Contents',
  // The story's first screen (src/components/story/StoryFront.astro):
  asOf: 'as of {date}',
  frontMapCaption: 'Incidents by region, {period}. Choose a region.',
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
    /** Which column of data/discrepancies.csv holds the explanation in this language. */
    explanationColumn: 'explanation',
    datasets: { 'acled-niger': 'ACLED counts', incidents: 'Attacks', displacement: 'Displacement', humanitarian: 'Humanitarian figures', deployments: 'Missions', timeline: 'Timeline' },
  },
};
