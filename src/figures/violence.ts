/** Figures cited in the chapter "Het geweld / The violence": ACLED incidents by type, this period and a year earlier. */
import { acled, acledNiger, changePct, CURRENT, humanitarianFigure, PREVIOUS, type AcledQuery } from '../data/select.ts';
import { civilianTargetingActors, civilianTargetingRemainder } from '../charts/violence.ts';
import { derived, sourced } from './define.ts';
import type { FigureDef } from './types.ts';

type Measure = 'incidents' | 'fatalities';
type Filter = Omit<AcledQuery, 'period'>;

/** One ACLED count for the current period and the same count a year earlier. */
function both(name: string, filter: Filter, measure: Measure = 'incidents'): [FigureDef, FigureDef] {
  const now = acled({ ...filter, period: CURRENT }, measure);
  const before = acled({ ...filter, period: PREVIOUS }, measure);
  return [sourced(`acled.ne.${name}.current`, now, now.value), sourced(`acled.ne.${name}.previous`, before, before.value)];
}

function current(name: string, filter: Filter): FigureDef {
  const row = acled({ ...filter, period: CURRENT }, 'incidents');
  return sourced(`acled.ne.${name}.current`, row, row.value);
}

/** Derived: a part as a percentage of a whole, one decimal. */
const sharePct = (part: FigureDef, whole: FigureDef) => Math.round((part.value / whole.value) * 1000) / 10;

// All incidents: registered by the overview chapter (acled.ne.incidents.current); here only the base of the shares.
const totalRow = acled({ period: CURRENT }, 'incidents');
const total = sourced('acled.ne.incidents.current', totalRow, totalRow.value);

const EXPLOSIONS = 'explosions_remote_violence';
const AGAINST_CIVILIANS = 'violence_against_civilians';
const [battles, battlesBefore] = both('battles', { event_type: 'battles' });
const [drones, dronesBefore] = both('air-drone-strikes', { event_type: EXPLOSIONS, sub_event_type: 'air_drone_strike' });
const [attacks, attacksBefore] = both('attacks-on-civilians', { event_type: AGAINST_CIVILIANS, sub_event_type: 'attack' });
const [abductions, abductionsBefore] = both('abductions', { event_type: AGAINST_CIVILIANS, sub_event_type: 'abduction_forced_disappearance' });
const [targeting, targetingBefore] = both('civilian-targeting', { event_type: 'civilian_targeting' });
const targetingDeaths = both('civilian-targeting-fatalities', { event_type: 'civilian_targeting' }, 'fatalities');

// The prose names ISSP as the actor behind by far the most civilian-targeting incidents: fail the build if the data stop saying so.
const [topActor] = civilianTargetingActors(acledNiger);
if (topActor?.actor !== 'ISSP') throw new Error(`Civilian targeting: the leading actor is ${topActor?.actor}, not ISSP as the violence chapter says`);

// The civilian-targeting incidents no named actor accounts for (the chart shows them as a bar of their own).
const remainder = civilianTargetingRemainder(acledNiger);
const remainderFig = {
  ...derived('acled.ne.civilian-targeting.unnamed.current', remainder.value, [], 'allMinusNamedActors'),
  from: [remainder.total, ...remainder.named],
};

// State violence: the BBC's count of civilians killed by Nigerien security forces, a year after and a year before the coup (§5, footnote 129).
function stateKillings(when: 'year-after-coup' | 'year-before-coup', date: string): FigureDef {
  const row = humanitarianFigure({ area: 'NE', indicator: 'civilians_killed_by_security_forces', date });
  return sourced(`bbc.ne.civilians-killed-by-security-forces.${when}`, row, row.value);
}

export const VIOLENCE_FIGURES: readonly FigureDef[] = [
  battles,
  battlesBefore,
  derived('acled.ne.battles.share', sharePct(battles, total), [battles, total], 'battlesOfAllIncidents', { format: 'percent' }),
  current('explosions', { event_type: EXPLOSIONS }),
  current('ieds', { event_type: EXPLOSIONS, sub_event_type: 'remote_explosive_landmine_ied' }),
  drones,
  dronesBefore,
  attacks,
  attacksBefore,
  abductions,
  abductionsBefore,
  targeting,
  targetingBefore,
  ...targetingDeaths,
  derived('acled.ne.civilian-targeting.share', sharePct(targeting, total), [targeting, total], 'civilianTargetingOfAllIncidents', { format: 'percent' }),
  // The prose says "fell by …": the decline, as a positive percentage.
  derived('acled.ne.civilian-targeting.decline', -changePct(targeting.value, targetingBefore.value), [targeting, targetingBefore], 'changeOnYearEarlier', { format: 'percent' }),
  current('civilian-targeting.issp', { event_type: 'civilian_targeting', actor: 'ISSP' }),
  remainderFig,
  // ACLED's sub-type "attack" on civilians, 106 → 72: not the same as the civilian-targeting decline above.
  derived('acled.ne.attacks-on-civilians.change', changePct(attacks.value, attacksBefore.value), [attacks, attacksBefore], 'changeOnYearEarlier', { format: 'change' }),
  stateKillings('year-after-coup', '2023-07/2024-07'),
  stateKillings('year-before-coup', '2022-07/2023-07'),
];
