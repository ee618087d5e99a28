import type { Strings } from '../dictionary.ts';
import { term } from '../glossary.ts';

/** French words of the site: title, navigation, sources, chapters. */
export const site: Strings<typeof import('../nl/site.ts').site> = {
  siteTitle: 'Niger\u00a0: violence, missions et retrait',
  siteDescription:
    'Un récit à explorer sur la situation sécuritaire au Niger et les missions militaires étrangères\u00a0: chiffres d’ACLED par région et par type de violence, déplacements de population, essor et déclin de la coopération internationale.',
  skipToContent: 'Aller au contenu',
  /** This language's name in itself, for the language switch on the other languages' pages. */
  languageName: 'Français',
  /** The switch's full label, read by screen readers in this language. */
  readThisPage: 'Lire cette page en français',
  /** The name of the language switch's navigation landmark. */
  languageNav: 'Langue',
  source: 'Source',
  /** After a label, before what it introduces (« Source\u00a0: … », a no-break space before the colon); code joins labels with it, never with a bare ": ". */
  colon: '\u00a0: ',
  /** Between the items of a list of references (a narrow no-break space before the semicolon). */
  semicolon: '\u202f; ',
  sources: 'Sources',
  derived: 'dérivé',
  derivedNote: 'Chiffre dérivé, calculé à partir de',
  showTable: 'Les chiffres en tableau',
  downloadCsv: 'Données (CSV)',
  seeSources: 'vers les sources',
  acledChain:
    `ACLED, cité par le ${term('cgrs', 'fr')}/Cedoca, COI Focus Niger. Veiligheidssituatie (11\u00a0juillet 2025)\u202f; données ACLED jusqu’au 30\u00a0mai 2025, consultées le 5\u00a0juin 2025.`,
  datasetsTitle: 'Les jeux de données',
  datasetColumn: 'Jeu de données',
  rowsColumn: 'Lignes',
  sourcesColumn: 'Sources',
  downloadColumn: 'Téléchargement',
  mapTitle: 'La violence par région',
  incidents: 'incidents',
  fatalities: 'morts',
  region: 'Région',
  noData: 'aucun chiffre dans la source',
  lastUpdated: 'Dernière mise à jour avec les sources jusqu’au',
  footerAttribution:
    `Frontières\u00a0: Natural Earth (domaine public). Localités\u00a0: © GeoNames (geonames.org), CC BY 4.0\u202f; noms de lieux normalisés selon l’orthographe française. Chiffres du conflit\u00a0: ACLED, via le ${term('cgrs', 'fr')}/Cedoca.`,
  legend: 'Légende',
  capital: 'capitale',
  chapter: 'Chapitre',
  contents: 'Sommaire',
  // The story's first screen (src/components/story/StoryFront.astro):
  asOf: 'situation en {date}',
  frontMapCaption: 'Incidents par région, {period}. Choisissez une région.',
  // Chapters displacement and sources:
  sourceOnline: 'En ligne',
  sourceLanguageNote: { nl: '(en néerlandais)', en: '(en anglais)' },
  discrepancyTable: {
    caption: 'Divergences entre les sources et au sein des sources',
    dataset: 'Jeu de données',
    what: 'Objet',
    values: 'Valeurs',
    locators: 'Références',
    explanation: 'Explication (en anglais)',
    /** Which column of data/discrepancies.csv holds the explanation in this language. */
    explanationColumn: 'explanation_fr',
    datasets: { 'acled-niger': 'Décomptes ACLED', incidents: 'Attaques', displacement: 'Déplacements', humanitarian: 'Chiffres humanitaires', deployments: 'Missions', timeline: 'Chronologie' },
  },
};
