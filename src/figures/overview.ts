/** Figures cited in the chapter "In het kort / At a glance". */
import { acled, changePct, CURRENT, displacementFigure, humanitarianFigure, PREVIOUS } from '../data/select.ts';
import { derived, sourced } from './define.ts';
import type { FigureDef } from './types.ts';

/** The source writes these in millions ("4,3 miljoen"); show them the same way. */
const MILLION = { scale: 1_000_000, unit: 'million' } as const;

function acledNational(measure: 'incidents' | 'fatalities'): FigureDef[] {
  const current = acled({ period: CURRENT }, measure);
  const previous = acled({ period: PREVIOUS }, measure);
  const now = sourced(`acled.ne.${measure}.current`, current, current.value);
  const before = sourced(`acled.ne.${measure}.previous`, previous, previous.value);
  const change = derived(`acled.ne.${measure}.change`, changePct(now.value, before.value), [now, before], 'changeOnYearEarlier', { format: 'change' });
  return [now, before, change];
}

const idps = displacementFigure({ date: '2024-10', area: 'NE', population_group: 'idp' });
const idpRise = humanitarianFigure({ indicator: 'idp_change_pct', locator: 'Samenvatting' });
const inNeed = humanitarianFigure({ indicator: 'people_in_need', locator: 'Samenvatting' });
const population = humanitarianFigure({ indicator: 'population_total', area: 'NE', locator: 'Samenvatting' });

export const OVERVIEW_FIGURES: readonly FigureDef[] = [
  ...acledNational('incidents'),
  ...acledNational('fatalities'),
  sourced('unhcr.ne.idp.2024-10', idps, idps.count),
  sourced('unhcr.ne.idp.change', idpRise, idpRise.value, { format: 'percent', qualifier: idpRise.value_qualifier }),
  sourced('un.ne.people-in-need', inNeed, inNeed.value, { ...MILLION, qualifier: inNeed.value_qualifier }),
  sourced('ins.ne.population', population, population.value, { ...MILLION, qualifier: population.value_qualifier }),
];
