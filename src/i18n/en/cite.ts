import type { Strings } from '../dictionary.ts';
import { term } from '../glossary.ts';

const acledEvents =
  'ACLED collects incidents from local, regional and international news sources and organisations, and records for each the type of violence, the actors, a description, the place and an indication of the reported deaths. These figures count three types: battles, explosions/remote violence and violence against civilians.';
const acledFatalities =
  'ACLED does not verify death tolls and, where reports differ, takes the lowest: its fatality counts are conservative estimates, not definitive counts.';
const coiSelection =
  `The ${term('cgrs', 'en')}/Cedoca COI Focus quotes ACLED only for these three types of violence; it leaves out riots, protests and strategic developments. It calls ACLED figures an estimate and an indication of trends. Alongside ACLED it draws on national and international media and on reports of international organisations such as ${term('unhcr', 'en')} and the International Crisis Group. We did not query ACLED ourselves.`;
const acledPeriod = 'Period: {current}, compared with {previous}. ACLED data consulted by Cedoca on {consulted}.';

/** Citing a figure or chart, how sure the sources are, and "About this data" per chart. */
export const cite: Strings<typeof import('../nl/cite.ts').cite> = {
  cite: 'Cite',
  copy: 'Copy citation',
  copied: 'Citation copied',
  copyFailed: 'Could not copy the citation',
  permalink: 'Permanent link to this figure',
  reference: '{publisher}, {title}',
  sourced: '{reference}, {locator}',
  quotedIn: '{data}, as quoted in {reference}, {locator}, consulted on {consulted}',
  derived: 'Derived ({derivation}) from: {rows}',
  onSite: '{citation}. In: {site}, {url}',
  chart: '{site}, “{title}” (chart), {url}. Source: {source} Locators: {locators}.',
  howToCite: 'How to cite this chart',
  citeSourceAs: 'Cite as',
  sure: {
    title: 'How sure',
    single: 'one place in the sources gives this figure.',
    agreeing: '{count} places in the sources give the same figure ({locators}).',
    disagree: 'the sources disagree on this figure.',
    disagreeLink: 'See the disagreement',
    qualified: 'The source says “{word}”.',
    warns: 'The source itself warns ({locator}):',
  },
  about: {
    title: 'About this data',
    charts: {
      'partners-timeline': {
        what: 'Events the sources date, as precisely as they date them (year, month or day). The Belgian Defence page and the Dutch letter describe their own countries’ part; the COI Focus the rest.',
        gaps: 'An event no source dates is not shown.',
      },
      'missions-personnel': {
        what: `Numbers of troops and staff as the sources give them: a government (Belgium), the ${term('cgrs', 'en')} report (EUCAP, Russia) or a news report (the US). The Belgian page is undated and gives rounded numbers (±).`,
        gaps: 'Ceilings from mandates are not numbers that were actually on the ground.',
      },
      'dutch-mandates': {
        what: 'The Dutch mandates as the letter to parliament of November 2022 describes them: which are extended and which end.',
        gaps: 'What happened after the letter is in other sources.',
      },
      'violence-by-type': { events: acledEvents, fatalities: acledFatalities, selection: coiSelection, period: acledPeriod },
      'civilian-targeting-actors': { events: acledEvents, fatalities: acledFatalities, selection: coiSelection, period: acledPeriod },
      'casualty-chart': {
        what: 'For each attack, every death toll the COI Focus gives: the government’s, the perpetrator’s, other sources’ and ACLED’s. They often disagree, so they are shown side by side.',
        fatalities: acledFatalities,
      },
      'idp-by-region': {
        what: `People displaced within Niger by region, as the COI Focus takes them from ${term('unhcr', 'en')} figures (§7).`,
        gaps: 'The regions the source names do not add up to the national total; the difference is listed among the disagreements.',
      },
      'refugees-by-origin': {
        what: `Refugees and asylum seekers in Niger by country of origin, as the COI Focus takes them from ${term('unhcr', 'en')} figures (§7).`,
        gaps: 'For some countries the source gives only a share, not a number.',
      },
      'region-map': {
        events: acledEvents,
        fatalities: acledFatalities,
        selection: coiSelection,
        diffa: 'On Diffa the report itself says ACLED may count too few: “Mogelijk zijn het aantal door ACLED geregistreerde incidenten een onderschatting van het werkelijke aantal” (possibly an undercount of the real number, §6.3); UN and police figures report more incidents.',
        period: acledPeriod,
      },
    },
  },
};
