import { term } from '../glossary.ts';

/** Dutch words of the site: title, navigation, sources, chapters. */
export const site = {
  siteTitle: 'Niger: geweld, missies en vertrek',
  siteDescription:
    'Een verkennend verhaal over de veiligheidssituatie in Niger en de buitenlandse militaire missies: ACLED-cijfers per regio en type geweld, ontheemding en de opgang en teloorgang van de internationale samenwerking.',
  skipToContent: 'Naar de inhoud',
  /** This language's name in itself, for the language switch on the other languages' pages. */
  languageName: 'Nederlands',
  /** The switch's full label, read by screen readers in this language. */
  readThisPage: 'Lees deze pagina in het Nederlands',
  /** The name of the language switch's navigation landmark. */
  languageNav: 'Taal',
  source: 'Bron',
  /** After a label, before what it introduces ("Bron: …"); code joins labels with it, never with a bare ": ". */
  colon: ': ',
  /** Between the items of a list of references ("§6.1; §6.2"). */
  semicolon: '; ',
  sources: 'Bronnen',
  derived: 'afgeleid',
  derivedNote: 'Afgeleid cijfer, berekend uit',
  showTable: 'Toon de cijfers als tabel',
  downloadCsv: 'Download de data (CSV)',
  seeSources: 'naar de bronnen',
  acledChain:
    `ACLED, zoals geciteerd in ${term('cgrs', 'nl')}/Cedoca, COI Focus Niger. Veiligheidssituatie (11 juli 2025); ACLED-data tot 30 mei 2025, geraadpleegd op 5 juni 2025.`,
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
    `Grenzen: Natural Earth (publiek domein). Plaatsen: © GeoNames (geonames.org), CC BY 4.0; plaatsnamen genormaliseerd naar Franse spelling. Conflictcijfers: ACLED, via ${term('cgrs', 'nl')}/Cedoca.`,
  legend: 'Legenda',
  capital: 'hoofdstad',
  /** The kicker above a chapter heading, followed by its number. */
  chapter: 'Hoofdstuk',
  contents: 'Inhoud',
  // The story's first screen (src/components/story/StoryFront.astro):
  asOf: 'stand {date}',
  frontMapCaption: 'Incidenten per regio, {period}. Kies een regio.',
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
    explanation: 'Toelichting',
    /** Which column of data/discrepancies.csv holds the explanation in this language. */
    explanationColumn: 'explanation_nl',
    datasets: { 'acled-niger': 'ACLED-tellingen', incidents: 'Aanslagen', displacement: 'Ontheemding', humanitarian: 'Humanitaire cijfers', deployments: 'Missies', timeline: 'Tijdlijn' },
  },
};
