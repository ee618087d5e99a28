/**
 * Rules across the columns of one row. Each returns the problems it finds as
 * [column, expected], so a message names the column to fix and what would fit.
 */
export type RowProblem = readonly [column: string, expected: string];
export type RowRule = (record: Readonly<Record<string, unknown>>) => RowProblem[];

import { KILLED } from '../types.ts';

const filled = (v: unknown) => v !== null && v !== undefined;

/** A locality or an attack names its place; an area's count or a part of it does not. */
export const placeFitsScope: RowRule = (r) => {
  const needsPlace = r.scope === 'place' || r.scope === 'event';
  if (needsPlace && !filled(r.place)) return [['place', `the locality's name, since scope is "${String(r.scope)}"`]];
  if (!needsPlace && filled(r.place)) return [['place', `empty, since scope "${String(r.scope)}" counts an area; use scope "place" or "event" for one locality`]];
  return [];
};

/** A qualifier qualifies a number: no number, no qualifier. */
export function qualifierNeeds(column: string, label: string): RowRule {
  return (r) => (filled(r.qualifier) && !filled(r[column]) ? [['qualifier', `empty, since the row has no ${label}`]] : []);
}

/**
 * A death toll's bounds fit its qualifier: "at least" and "more than" give only a lower
 * bound (deaths_min), "up to" only an upper bound (deaths_max); a plain or "about" figure
 * fills both, equal, or gives a range.
 */
export const deathsQualified: RowRule = (r) => {
  const [min, max, q] = [r.deaths_min, r.deaths_max, r.qualifier];
  if (!filled(min) && !filled(max)) return filled(q) ? [['qualifier', 'empty, since the row has no death toll']] : [];
  if (q === 'at least' || q === 'more than') return filled(max) ? [['deaths_max', `empty, since "${q}" gives only a lower bound (deaths_min)`]] : filled(min) ? [] : [['deaths_min', `the lower bound "${q}" qualifies`]];
  if (q === 'up to') return filled(min) ? [['deaths_min', 'empty, since "up to" gives only an upper bound (deaths_max)']] : [];
  if (!filled(min) || !filled(max)) return [['qualifier', 'at least | more than (a lower bound only) or up to (an upper bound only); a plain or "about" toll fills deaths_min and deaths_max']];
  if ((min as number) > (max as number)) return [['deaths_max', `deaths_min (${String(min)}) or more`]];
  if (q === 'about' && min !== max) return [['qualifier', 'empty for a range, or equal deaths_min and deaths_max for "about"']];
  return [];
};

/** A toll says whose deaths it counts; a row without a toll has nothing to say it of. */
export const killedWithToll: RowRule = (r) => {
  const toll = filled(r.deaths_min) || filled(r.deaths_max);
  if (toll && !filled(r.killed)) return [['killed', `whose deaths the toll counts: ${KILLED.join(' | ')}`]];
  if (!toll && filled(r.killed)) return [['killed', 'empty, since the row has no death toll']];
  return [];
};
