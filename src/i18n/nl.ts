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
  // ── Chapter armed-groups ──
  /** The armed-group cards, their small maps and the table of groups by region. */
  armedGroups: {
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
  },
  // ── end armed-groups ──
  // ── Chapter regions (region profiles) ──
  /** Interface words of the region profiles (src/components/regions/); `{name}`, `{n}` etc. are filled in. */
  regionProfile: {
    goTo: 'Ga naar een regio',
    backToRegions: '↑ Terug naar de regio’s',
    population: 'Inwoners (INS, 2023)',
    incidents: 'Incidenten',
    deaths: 'Doden',
    deathsPerPopulation: 'Doden naar inwonertal',
    per100k: 'per {n} inwoners',
    per100kDerivation: 'doden gedeeld door het inwonertal (INS 2023)',
    statsNote: 'ACLED-cijfers voor {start} – {end}; “jaar eerder” is dezelfde periode een jaar daarvoor.',
    yearBefore: 'jaar eerder: ',
    noYearBefore: 'geen cijfer voor het jaar ervoor',
    byType: 'Incidenten per type',
    byTypeCaption: '{name}: incidenten per type, {period}',
    type: 'Type',
    incidentsShort: 'Inc.',
    locator: 'Vindplaats',
    locatorLabel: 'Vindplaats: ',
    total: 'Totaal',
    twoCounts: 'het rapport geeft hiervoor twee verschillende tellingen',
    typeNote: '– = geen cijfer in het rapport. Een type kan meer incidenten tellen dan de subtypes eronder: het rapport noemt niet alle subtypes.',
    conflictNote: ' ‡ Het rapport geeft op twee plaatsen een ander aantal; we tonen beide.',
    ofWhich: 'waarvan',
    incidentsTitle: 'Incidenten die het rapport beschrijft',
    noIncidents: 'Het rapport beschrijft geen afzonderlijke incidenten in {name}.',
    beforePeriod: 'vóór de onderzoeksperiode',
    deathTolls: 'Dodentallen',
    to: 'tot',
    atLeast: 'minstens ',
    noDeathToll: 'Geen dodental in de bron.',
    sideLabel: '{name}: departementen, groepen en ontheemden',
    mapLabelSymbols: 'Kaart van de regio {name} met symbolen bij de departementshoofdplaatsen, grootte naar aantal: ',
    mapLabelPlain: 'Kaart van Niger met de regio {name} gemarkeerd.',
    mapCaptionSymbols: 'Symbolen bij de hoofdplaats van het departement, geen departementsgrenzen; de grootte volgt het aantal.',
    mapShaded: 'De regio {name} (gekleurd)',
    mapNoCounts: '. Het rapport geeft geen aantallen per departement die op de kaart kunnen.',
    byDepartment: 'Per departement',
    inReport: 'in het rapport',
    notOnMap: 'niet op de kaart: hoofdplaats staat niet in onze plaatsenlijst',
    armedGroups: 'Gewapende groepen',
    noDepartmentNamed: 'geen departement genoemd',
    noGroups: 'Het rapport noemt geen gewapende groep die in {name} actief is.',
    displaced: 'Ontheemden',
    idpCount: 'In {date} telde UNHCR in {name} {count} binnenlands ontheemden{share}.',
    idpShare: ': {pct} % van alle ontheemden in Niger',
    idpShareDiffers: ' Dat aandeel staat zo in het rapport; uit de aantallen volgt {pct}.',
    idpShareDerivation: 'ontheemden in de regio gedeeld door het totaal voor Niger',
    noIdp: 'Het rapport geeft geen aantal ontheemden voor {name}.',
    unallocated: ' Van de ontheemden in Niger staan er {n} in geen enkele regio.',
    unallocatedDerivation: 'totaal voor Niger min de vier regio’s met een cijfer',
    toEndOfMay: '{year} (tot eind mei)',
    /** The report's tables, by the id content gives them (`{% report-table id="…" %}`). */
    tables: {
      'dosso-tabel-1': { caption: 'Incidenten en doden per periode (Tabel 1 in het rapport)', source: 'Vindplaats: §6.2, Tabel 1. – = geen cijfer (“-” in het rapport).' },
      'dosso-tabel-2': { caption: 'Incidenten en doden per kalenderjaar (Tabel 2 in het rapport)', source: 'Vindplaats: §6.2, Tabel 2.' },
    },
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
      // chapter regions
      sumOfDeathsByType: 'som van de doden per type',
      sumOfTabel1Rows: 'som van de rijen van Tabel 1',
      // end regions
      // Chapters displacement and sources:
      sumOfFourRegions: 'som van de vier regio’s',
      nationalMinusFourRegions: 'landelijk totaal min de som van de vier regio’s',
      diffaOfNationalTotal: 'Diffa gedeeld door het landelijke totaal',
      hundredMinusNamedShares: '100 min de genoemde aandelen',
      // end displacement, sources
    },
  },
  /** Words of the violence, casualty and map charts and their tables. */
  chartsA: {
    columns: {
      type: 'Type',
      acledEventType: 'ACLED-type',
      acledSubEventType: 'ACLED-subtype',
      period: 'Periode',
      incidents: 'Incidenten',
      source: 'Bron',
      locator: 'Vindplaats',
      actor: 'Actor',
      group: 'Groep',
      regions: 'Regio’s',
      departments: 'Departementen',
      outsideNiger: 'Buiten Niger',
      attack: 'Aanval',
      date: 'Datum',
      attacker: 'Aanvaller',
      dead: 'Doden',
      reportedBy: 'Gemeld door',
      minimum: 'Minimum',
      maximum: 'Maximum',
      kindOfFigure: 'Soort cijfer',
    },
    violence: {
      noFigure: 'geen cijfer',
      noFigureInSource: 'geen cijfer in de bron',
      byTypeSummary: 'Staafdiagram van het aantal incidenten per type geweld, {period} tegenover een jaar eerder. ',
      byTypeSubtitle: 'Incidenten per type geweld, {current} tegenover {previous}',
      showPeriod: 'Toon periode',
      both: 'Beide',
      actorsSummary: 'Staafdiagram van incidenten met burgers als doelwit per actor: ',
      actorsSubtitle: 'Incidenten met burgers als doelwit, per actor, {period}',
    },
    casualties: {
      subtitle: 'Doden per aanval volgens wie ze meldt; aanvallen waarvoor het CGRS-rapport cijfers uit minstens twee soorten bronnen geeft',
      deaths: 'doden',
      summaryOne: 'Puntgrafiek van de dodentallen van één aanval, per bron. ',
      summaryMany: 'Puntgrafiek van de dodentallen van {count} aanvallen, per bron. ',
      keyMoreThan: 'meer dan of minstens',
      keyAtMost: 'maximaal',
      reporters: {
        official: 'Officieel (regering, leger)',
        claimed_by_perpetrator: 'Claim van de aanvallers',
        other_sources: 'Andere bronnen',
        acled: 'ACLED',
        report: 'CGRS-rapport zelf',
      },
      /** Short forms for running text: "officieel 12, claim aanvallers ongeveer 16". */
      reporterWords: {
        official: 'officieel',
        claimed_by_perpetrator: 'claim aanvallers',
        other_sources: 'andere bronnen',
        acled: 'ACLED',
        report: 'CGRS-rapport',
      },
      victims: {
        security_forces: 'soldaten',
        gendarmes: 'gendarmes',
        civilians: 'burgers',
        attackers: 'aanvallers',
        all: 'alle doden',
      },
      bounds: { approx: 'ongeveer {n}', at_least: 'minstens {n}', more_than: 'meer dan {n}', at_most: 'maximaal {n}', range: '{min} tot {max}' },
      attacker: { suspected: 'vermoedelijk {actor}', probably: 'waarschijnlijk {actor}', unknownGroupOnMotorcycles: 'onbekende groep op motoren' },
      place: { between: 'tussen {a} en {b}', around: 'rond {place}', near: 'nabij {place}', counterOperation: '{place} (tegenoffensief)' },
    },
    /** The region profiles' words for data values: who died, what a department count measures, places, reporters, groups. */
    regionProfile: {
      victims: {
        civilian: { one: 'burger', many: 'burgers' },
        soldier: { one: 'militair', many: 'militairen' },
        attacker: { one: 'aanvaller', many: 'aanvallers' },
        passenger: { one: 'passagier', many: 'passagiers' },
        militant: { one: 'strijder', many: 'strijders' },
        militantNeutralised: { one: 'strijder “geneutraliseerd”', many: 'strijders “geneutraliseerd”' },
        motorcyclistNeutralised: { one: 'motorrijder “geneutraliseerd”', many: 'motorrijders “geneutraliseerd”' },
        herder: { one: 'herder', many: 'herders' },
        person: { one: 'dode', many: 'doden' },
        gendarme: { one: 'gendarme', many: 'gendarmes' },
        mpljFighter: { one: 'MPLJ-strijder', many: 'MPLJ-strijders' },
        attackingGroupMember: { one: 'lid van de aanvallende groep', many: 'leden van de aanvallende groep' },
        soldierKilledOrWounded: { one: 'militair gedood of gewond (één cijfer)', many: 'militairen gedood en gewond (één cijfer)' },
        acledDeath: { one: 'dode in het hele incident', many: 'doden in het hele incident' },
        death: { one: 'dode', many: 'doden' },
      },
      measures: {
        armedClash: { one: 'gewapend treffen', many: 'gewapende treffens' },
        attackOnCivilians: { one: 'aanval op burgers', many: 'aanvallen op burgers' },
        incident: { one: 'incident', many: 'incidenten' },
      },
      reporters: {
        official: 'volgens de overheid of het leger',
        claimed_by_perpetrator: 'claim van de aanvallende groep',
        other_sources: 'volgens andere bronnen',
        acled: 'volgens ACLED',
        report: 'volgens de COI Focus',
      },
      place: {
        notGiven: 'plaats niet vermeld',
        near: 'bij {place}',
        around: 'rond {place}',
        between: 'tussen {a} en {b}',
        suburbOfNiamey: '(buitenwijk van Niamey)',
        commune: '(gemeente)',
        counterOperation: ', tegenoffensief',
        and: ' en ',
      },
      groups: { bandits: 'Bandieten en criminele bendes', selfDefence: 'Zelfverdedigingsmilities', jas: 'JAS (Boko Haram)' },
    },
    map: {
      metrics: {
        incidents: { label: 'Incidenten', unit: 'incidenten' },
        fatalities: { label: 'Doden', unit: 'doden' },
        fatalitiesPer100k: { label: 'Doden per 100.000 inwoners', unit: 'doden per 100.000 inwoners' },
        incidentsChange: { label: 'Verandering in incidenten t.o.v. een jaar eerder', unit: '% verandering' },
      },
      derivedSuffix: ' (afgeleid)',
      region: 'Regio',
      code: 'Code',
      population: 'Bevolking (INS 2023)',
      regionalCapital: 'regiohoofdstad',
      summary: 'Kaart van de acht regio’s van Niger, gekleurd naar {metric}. Van hoog naar laag: {values}.',
      chooseWhatMapShows: 'kies wat de kaart toont',
      showOnMap: 'Toon op de kaart',
      mapLabel: 'Kaart van Niger per regio',
    },
    /** Chart titles, by chart id (src/charts/catalog.ts). */
    titles: {
      'partners-timeline': 'Van partner tot vertrek, 2000–2025',
      'missions-personnel': 'Wie er was, volgens de bronnen',
      'dutch-mandates': 'Nederlandse mandaten in de Sahel',
      'violence-by-type': 'Minder drones, meer gevechten',
      'civilian-targeting-actors': 'Wie burgers aanvalt',
      'casualty-chart': 'Eén aanval, meerdere dodentallen',
      'idp-by-region': 'Tillabéri en Diffa vangen de meeste ontheemden op',
      'refugees-by-origin': 'De meeste vluchtelingen komen uit Nigeria',
      'region-map': 'Geweld per regio',
    },
  },
};

/** The shape of a dictionary: the Dutch keys, every leaf a string. */
export type Dictionary = Strings<typeof nl>;
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
