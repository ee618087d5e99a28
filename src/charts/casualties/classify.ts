/**
 * Incident rows carry no qualifier column; whether a figure is approximate ("about"),
 * a lower bound ("at least", "more than") or an upper bound is read from the row's
 * curated note and its empty min/max fields. Whose deaths it counts is read from actor,
 * target and note.
 */
import type { Incident } from '../../data/types.ts';
import type { Bound, CasualtyFigure, Victims } from './model.ts';

/**
 * Rows whose deaths are not those of the attack's target although actor and target
 * say so: the note says who died. Keyed by date, place and locator.
 */
const VICTIM_OVERRIDES: Record<string, Victims> = {
  // "An unknown group on motorcycles attacked a military convoy; four members of the group were killed."
  '2025-01-20|between Koulele and Tesker|§6.7, voetnoot 213': 'attackers',
};

export function victimsOf(r: Incident): Victims {
  if (r.deaths_by === 'acled') return 'all';
  const override = VICTIM_OVERRIDES[`${r.date}|${r.place}|${r.locator}`];
  if (override) return override;
  // Rows where the army is the actor count the militants it killed.
  if (/\barmy\b/i.test(r.actor)) return 'attackers';
  if (/\bgendarmes\b/i.test(r.target)) return 'gendarmes';
  if (/civilian/i.test(r.target)) return 'civilians';
  return 'security_forces';
}

export function boundOf(r: Incident): Bound | null {
  const note = r.note ?? '';
  if (r.deaths_min !== null && r.deaths_max !== null) {
    if (r.deaths_min !== r.deaths_max) return 'range';
    return /"about"/i.test(note) ? 'approx' : 'exact';
  }
  if (r.deaths_min !== null) return /"at least"/i.test(note) ? 'at_least' : 'more_than';
  if (r.deaths_max !== null) return 'at_most';
  return null;
}

/** The value a figure's main mark sits at. */
export function figureValue(f: Pick<CasualtyFigure, 'min' | 'max'>): number {
  return (f.min ?? f.max) as number;
}
