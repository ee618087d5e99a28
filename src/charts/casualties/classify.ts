/**
 * Whose deaths a figure counts and how exact it is, both as the data states them: the
 * `killed` and `qualifier` columns of data/incidents.csv.
 */
import type { Incident, Killed } from '../../data/types.ts';
import type { Bound, CasualtyFigure, Victims } from './model.ts';

/** The chart's rows: armed men killed on the attackers' side share one row, whatever the word. */
const VICTIMS: Record<Killed, Victims> = {
  soldiers: 'security_forces',
  gendarmes: 'gendarmes',
  civilians: 'civilians',
  attackers: 'attackers',
  militants: 'attackers',
  neutralised: 'attackers',
  mixed: 'all',
  unknown: 'all',
};

export function victimsOf(r: Incident): Victims {
  if (r.killed === null) throw new Error(`data/incidents.csv: the toll of ${r.date} ${r.place ?? ''} (${r.locator}) says no one killed`);
  return VICTIMS[r.killed];
}

export function boundOf(r: Incident): Bound | null {
  if (r.deaths_min === null && r.deaths_max === null) return null;
  switch (r.qualifier) {
    case 'about':
      return 'approx';
    case 'at least':
      return 'at_least';
    case 'more than':
      return 'more_than';
    case 'up to':
      return 'at_most';
    default:
      return r.deaths_min !== r.deaths_max ? 'range' : 'exact';
  }
}
/** The value a figure's main mark sits at. */
export function figureValue(f: Pick<CasualtyFigure, 'min' | 'max'>): number {
  return (f.min ?? f.max) as number;
}
