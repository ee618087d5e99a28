/** The figure component's words: qualifiers go before the number, units after it. */
export const figure = {
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
    allMinusNamedActors: 'alle incidenten met burgers als doelwit min die van de genoemde actoren',
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
};
