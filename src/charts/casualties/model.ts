/**
 * "How many died?": the notable attacks in data/incidents.csv for which the report gives
 * two or more death figures from different reporters (official, the attackers' claim,
 * other sources, ACLED, the report itself). The types every casualty module shares.
 */
import { DEATHS_BY, type AreaCode, type DeathsBy, type Incident } from '../../data/types.ts';
import type { UiStrings } from '../../i18n/strings.ts';

/** The chart's words in the page's language (`charts.casualties` of a dictionary). */
export type CasualtyWords = UiStrings['charts']['casualties'];

/** Whose deaths a figure counts. ACLED's fatality count covers everyone killed in the event. */
export type Victims = 'security_forces' | 'gendarmes' | 'civilians' | 'attackers' | 'all';
export const VICTIM_ORDER: readonly Victims[] = ['security_forces', 'gendarmes', 'civilians', 'attackers', 'all'];

/** How exact a figure is. */
export type Bound = 'exact' | 'approx' | 'at_least' | 'more_than' | 'at_most' | 'range';

export interface CasualtyFigure {
  reporter: DeathsBy;
  victims: Victims;
  min: number | null;
  max: number | null;
  bound: Bound;
  /** The rows stating this figure (the same figure can be stated in two sections). */
  rows: Incident[];
}

export interface CasualtyAttack {
  key: string;
  date: string;
  place: string;
  department: string | null;
  area: AreaCode;
  /** The region's name, for attacks the data places in no department. */
  areaName: string;
  /** Who attacked, as the data names them (e.g. "suspected ISSP"). */
  attacker: string;
  figures: CasualtyFigure[];
  rows: Incident[];
}

/** Marker shape per reporter, so colour is never the only cue. */
export const REPORTER_SHAPES: Record<DeathsBy, 'circle' | 'triangle' | 'square' | 'diamond' | 'cross'> = {
  official: 'circle',
  claimed_by_perpetrator: 'triangle',
  other_sources: 'square',
  acled: 'diamond',
  report: 'cross',
};

export const reporterIndex = (r: DeathsBy): number => DEATHS_BY.indexOf(r);
