import type { Strings } from '../dictionary.ts';

/** The figure component's words: qualifiers go before the number, units after it. */
export const figure: Strings<typeof import('../nl/figure.ts').figure> = {
  derived: 'Derived',
  qualifier: { exact: '', approx: 'about ', nearly: 'nearly ', at_least: 'at least ', more_than: 'more than ', at_most: 'at most ' },
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
    allMinusNamedActors: 'all civilian-targeting incidents minus those of the named actors',
    // end violence, casualty-counts
    // chapter regions
    sumOfDeathsByType: 'sum of the deaths by type',
    sumOfTabel1Rows: 'sum of the rows of Tabel 1',
    // end regions
    // Chapters displacement and sources:
    sumOfFourRegions: 'sum of the four regions',
    nationalMinusFourRegions: 'national total minus the sum of the four regions',
    diffaOfNationalTotal: 'Diffa divided by the national total',
    hundredMinusNamedShares: '100 minus the named shares',
    // end displacement, sources
  },
};
