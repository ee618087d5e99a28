import type { Strings } from '../dictionary.ts';

/** The figure component's words: qualifiers go before the number, units after it. */
export const figure: Strings<typeof import('../nl/figure.ts').figure> = {
  derived: 'Dérivé',
  qualifier: { exact: '', approx: 'environ ', nearly: 'près de ', at_least: 'au moins ', more_than: 'plus de ', at_most: 'au plus ' },
  unit: {
    million: 'millions',
    // partners, missions
    millionDollars: 'millions de dollars',
    millionEuros: 'millions d’euros',
    millionEurosAYear: 'millions d’euros par an',
    euro: 'euros',
    // end partners, missions
  },
  derivation: {
    changeOnYearEarlier: 'variation par rapport à un an plus tôt',
    // chapters violence, casualty-counts
    battlesOfAllIncidents: 'affrontements armés divisés par l’ensemble des incidents',
    civilianTargetingOfAllIncidents: 'incidents prenant des civils pour cible divisés par l’ensemble des incidents',
    allMinusNamedActors: 'ensemble des incidents prenant des civils pour cible moins ceux des acteurs cités',
    // end violence, casualty-counts
    // chapter regions
    sumOfDeathsByType: 'somme des morts par type',
    sumOfTabel1Rows: 'somme des lignes du Tabel 1',
    // end regions
    // Chapters displacement and sources:
    sumOfFourRegions: 'somme des quatre régions',
    nationalMinusFourRegions: 'total national moins la somme des quatre régions',
    diffaOfNationalTotal: 'Diffa divisé par le total national',
    hundredMinusNamedShares: '100 moins les parts citées',
    // end displacement, sources
  },
};
