/**
 * The figure registry: every figure that content cites, by id. One module per chapter
 * defines its figures; this one merges them and refuses duplicate ids.
 */
import { OVERVIEW_FIGURES } from './overview.ts';
import { MISSIONS_FIGURES } from './missions.ts';
import { VIOLENCE_FIGURES } from './violence.ts';
import { CASUALTY_FIGURES } from './casualty-counts.ts';
import { DISPLACEMENT_FIGURES } from './displacement.ts';
import { REGIONS_FIGURES } from './regions.ts';
import { REGION_SUMMARY_FIGURES } from './region-summaries.ts';
import { TIMELINE_FIGURES } from './timeline.ts';
import type { FigureDef } from './types.ts';

export type { FigureDef } from './types.ts';

const CHAPTERS: readonly (readonly FigureDef[])[] = [
  OVERVIEW_FIGURES,
  MISSIONS_FIGURES,
  VIOLENCE_FIGURES,
  CASUALTY_FIGURES,
  DISPLACEMENT_FIGURES,
  REGIONS_FIGURES,
  REGION_SUMMARY_FIGURES,
  TIMELINE_FIGURES,
];

export function mergeFigures(lists: readonly (readonly FigureDef[])[]): ReadonlyMap<string, FigureDef> {
  const map = new Map<string, FigureDef>();
  for (const def of lists.flat()) {
    if (map.has(def.id)) throw new Error(`Figure id ${def.id} is defined twice`);
    map.set(def.id, def);
  }
  return map;
}

export const FIGURES = mergeFigures(CHAPTERS);

/** The figure with this id; an unknown id is a build error, never a silent zero. */
export function figure(id: string): FigureDef {
  const def = FIGURES.get(id);
  if (!def) throw new Error(`Unknown figure id "${id}"`);
  return def;
}
