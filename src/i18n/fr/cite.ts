import type { Strings } from '../dictionary.ts';
import { term } from '../glossary.ts';

/** Citing a figure or chart, how sure the sources are, and "About this data" per chart. */
const acledEvents =
  'ACLED recueille des incidents auprès de sources d’information et d’organisations locales, régionales et internationales, et enregistre pour chaque incident le type de violence, les acteurs, une description, le lieu et une indication du nombre de morts signalés. Ces chiffres portent sur trois types d’événements\u00a0: affrontements armés (Battles), explosions/violence à distance (Explosions/Remote violence) et violence contre les civils (Violence against civilians).';
const acledFatalities =
  'ACLED ne vérifie pas les bilans et retient le nombre le plus bas lorsque les informations divergent\u00a0: ses bilans sont des estimations prudentes, pas des décomptes définitifs.';
const coiSelection =
  `Le COI Focus du ${term('cgrs', 'fr')}/Cedoca ne cite ACLED que pour ces trois types de violence\u202f; il laisse de côté les émeutes, les manifestations et les développements stratégiques. Il qualifie les chiffres d’ACLED d’estimation et d’indication des tendances. Outre ACLED, il s’appuie sur les médias nationaux et internationaux et sur les rapports d’organisations internationales comme le ${term('unhcr', 'fr')} et l’International Crisis Group. Nous n’avons pas consulté ACLED nous-mêmes.`;
const acledPeriod = 'Période\u00a0: {current}, comparée à {previous}. Données ACLED consultées par le Cedoca le {consulted}.';

export const cite: Strings<typeof import('../nl/cite.ts').cite> = {
  cite: 'Citer',
  copy: 'Copier la référence',
  copied: 'Référence copiée',
  copyFailed: 'La copie de la référence a échoué',
  permalink: 'Lien permanent vers ce chiffre',
  reference: '{publisher}, {title}',
  sourced: '{reference}, {locator}',
  quotedIn: '{data}, cité dans {reference}, {locator}, consulté le {consulted}',
  derived: 'Dérivé ({derivation}) de\u00a0: {rows}',
  onSite: '{citation}. Dans\u00a0: {site}, {url}',
  chart: '{site}, «\u00a0{title}\u00a0» (graphique), {url}. Source\u00a0: {source} Références\u00a0: {locators}.',
  howToCite: 'Comment citer ce graphique',
  citeSourceAs: 'Citer ainsi',
  sure: {
    title: 'Degré de certitude',
    single: 'un seul endroit des sources donne ce chiffre.',
    agreeing: '{count} endroits des sources donnent le même chiffre ({locators}).',
    disagree: 'les sources se contredisent sur ce chiffre.',
    disagreeLink: 'Voir la divergence',
    qualified: 'La source écrit «\u00a0{word}\u00a0».',
    warns: 'La source met elle-même en garde ({locator})\u00a0:',
  },
  about: {
    title: 'À propos de ces données',
    charts: {
      'partners-timeline': {
        what: 'Les événements que datent les sources, avec la précision qu’elles donnent (année, mois ou jour). La page de la Défense belge et la lettre à la Seconde Chambre décrivent l’engagement de leur propre pays\u202f; le COI Focus, le reste.',
        gaps: 'Un événement qu’aucune source ne date n’y figure pas.',
      },
      'missions-personnel': {
        what: `Effectifs militaires et civils tels que les donnent les sources\u00a0: un gouvernement (Belgique), le rapport du ${term('cgrs', 'fr')} (EUCAP, Russie) ou un article de presse (États-Unis). La page belge n’est pas datée et donne des nombres arrondis (±).`,
        gaps: 'Les plafonds fixés par les mandats ne sont pas des effectifs réellement présents sur le terrain.',
      },
      'dutch-mandates': {
        what: 'Les mandats néerlandais tels que les décrit la lettre à la Seconde Chambre de novembre 2022\u00a0: ceux qui sont prolongés et ceux qui prennent fin.',
        gaps: 'Ce qui s’est passé après la lettre figure dans d’autres sources.',
      },
      'violence-by-type': { events: acledEvents, fatalities: acledFatalities, selection: coiSelection, period: acledPeriod },
      'civilian-targeting-actors': { events: acledEvents, fatalities: acledFatalities, selection: coiSelection, period: acledPeriod },
      'casualty-chart': {
        what: 'Pour chaque attaque, chaque bilan que cite le COI Focus\u00a0: celui des autorités, celui des auteurs, celui d’autres sources et celui d’ACLED. Ils se contredisent souvent\u202f; c’est pourquoi ils figurent côte à côte.',
        fatalities: acledFatalities,
      },
      'idp-by-region': {
        what: `Déplacés internes au Niger par région, tels que le COI Focus les reprend des chiffres du ${term('unhcr', 'fr')} (§7).`,
        gaps: 'Les régions que cite la source ne s’additionnent pas jusqu’au total national\u202f; l’écart figure parmi les divergences.',
      },
      'refugees-by-origin': {
        what: `Réfugiés et demandeurs d’asile au Niger par pays d’origine, tels que le COI Focus les reprend des chiffres du ${term('unhcr', 'fr')} (§7).`,
        gaps: 'Pour certains pays, la source ne donne qu’une part, pas de nombre.',
      },
      'region-map': {
        events: acledEvents,
        fatalities: acledFatalities,
        selection: coiSelection,
        diffa: 'Pour Diffa, le rapport indique lui-même qu’ACLED compte peut-être trop peu d’incidents\u00a0: «\u00a0Mogelijk zijn het aantal door ACLED geregistreerde incidenten een onderschatting van het werkelijke aantal\u00a0» (le nombre d’incidents enregistrés par ACLED sous-estime peut-être le nombre réel, §6.3)\u202f; l’ONU et la police signalent davantage d’incidents.',
        period: acledPeriod,
      },
    },
  },
};
