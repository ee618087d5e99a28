import { term } from '../glossary.ts';

/** Citing a figure or chart, how sure the sources are, and "About this data" per chart. */
const acledEvents =
  'ACLED verzamelt incidenten uit lokale, regionale en internationale nieuwsbronnen en organisaties, en legt per incident het type geweld, de actoren, een beschrijving, de plaats en een indicatie van het aantal gemelde doden vast. Deze cijfers tellen drie types: gevechten (battles), explosies en geweld op afstand (explosions/remote violence) en geweld tegen burgers (violence against civilians).';
const acledFatalities =
  'ACLED verifieert de dodentallen niet en neemt bij uiteenlopende berichten het laagste aantal: zijn dodentallen zijn voorzichtige schattingen, geen definitieve tellingen.';
const coiSelection =
  `De COI Focus van ${term('cgrs', 'nl')}/Cedoca citeert ACLED alleen voor de drie soorten geweld; rellen, protesten en strategische ontwikkelingen laat hij weg. Hij noemt ACLED-cijfers een schatting en een indicatie van tendensen. Naast ACLED gebruikt hij nationale en internationale media en rapporten van internationale organisaties zoals ${term('unhcr', 'nl')} en de International Crisis Group. Wij hebben ACLED niet zelf geraadpleegd.`;
const acledPeriod = 'Periode: {current}, vergeleken met {previous}. ACLED-gegevens geraadpleegd door Cedoca op {consulted}.';

export const cite = {
  cite: 'Citeren',
  copy: 'Kopieer bronvermelding',
  copied: 'Bronvermelding gekopieerd',
  copyFailed: 'Kopiëren van de bronvermelding lukte niet',
  permalink: 'Vaste link naar dit cijfer',
  reference: '{publisher}, {title}',
  sourced: '{reference}, {locator}',
  quotedIn: '{data}, zoals geciteerd in {reference}, {locator}, geraadpleegd op {consulted}',
  derived: 'Afgeleid ({derivation}) uit: {rows}',
  onSite: '{citation}. In: {site}, {url}',
  chart: '{site}, “{title}” (grafiek), {url}. Bron: {source} Vindplaatsen: {locators}.',
  howToCite: 'Zo citeer je deze grafiek',
  citeSourceAs: 'Citeer als',
  sure: {
    title: 'Hoe zeker',
    single: 'één plaats in de bronnen geeft dit cijfer.',
    agreeing: '{count} plaatsen in de bronnen geven hetzelfde cijfer ({locators}).',
    disagree: 'de bronnen spreken elkaar tegen over dit cijfer.',
    disagreeLink: 'Zie de tegenstrijdigheid',
    qualified: 'De bron schrijft “{word}”.',
    warns: 'De bron waarschuwt zelf ({locator}):',
  },
  about: {
    title: 'Over deze gegevens',
    charts: {
      'partners-timeline': {
        what: 'Gebeurtenissen die de bronnen dateren, zo precies als zij ze dateren (jaar, maand of dag). De Belgische Defensie-pagina en de Kamerbrief beschrijven hun eigen inzet; de COI Focus de rest.',
        gaps: 'Een gebeurtenis die geen bron dateert, staat er niet in.',
      },
      'missions-personnel': {
        what: `Aantallen militairen en personeel zoals de bronnen ze geven: een overheid (België), het ${term('cgrs', 'nl')}-rapport (EUCAP, Rusland) of een nieuwsbericht (de VS). De Belgische pagina is ongedateerd en geeft afgeronde aantallen (±).`,
        gaps: 'Plafonds uit mandaten zijn geen aantallen die werkelijk ter plaatse waren.',
      },
      'dutch-mandates': {
        what: 'De Nederlandse mandaten zoals de Kamerbrief van november 2022 ze beschrijft: welke verlengd worden en welke aflopen.',
        gaps: 'Wat na de brief gebeurde, staat in andere bronnen.',
      },
      'violence-by-type': { events: acledEvents, fatalities: acledFatalities, selection: coiSelection, period: acledPeriod },
      'civilian-targeting-actors': { events: acledEvents, fatalities: acledFatalities, selection: coiSelection, period: acledPeriod },
      'casualty-chart': {
        what: 'Per aanval elk dodental dat de COI Focus noemt: van de overheid, van de dader, van andere bronnen en van ACLED. Ze spreken elkaar vaak tegen; daarom staan ze naast elkaar.',
        fatalities: acledFatalities,
      },
      'idp-by-region': {
        what: `Ontheemden binnen Niger per regio, zoals de COI Focus ze uit ${term('unhcr', 'nl')}-cijfers overneemt (§7).`,
        gaps: 'De regio’s die de bron noemt, tellen niet op tot het nationale totaal; het verschil staat bij de tegenstrijdigheden.',
      },
      'refugees-by-origin': {
        what: `Vluchtelingen en asielzoekers in Niger naar land van herkomst, zoals de COI Focus ze uit ${term('unhcr', 'nl')}-cijfers overneemt (§7).`,
        gaps: 'Voor sommige landen geeft de bron alleen een aandeel, geen aantal.',
      },
      'region-map': {
        events: acledEvents,
        fatalities: acledFatalities,
        selection: coiSelection,
        diffa: 'Over Diffa zegt het rapport zelf dat ACLED mogelijk te weinig telt: “Mogelijk zijn het aantal door ACLED geregistreerde incidenten een onderschatting van het werkelijke aantal” (§6.3); VN en politie melden meer incidenten.',
        period: acledPeriod,
      },
    },
  },
};
