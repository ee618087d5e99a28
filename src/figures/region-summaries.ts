/**
 * Figures of the story's short part per region (src/content/region-summaries/): each region's
 * ACLED incidents and deaths in the research period, and a year earlier where the report
 * gives them. Ids the region profiles already define (src/figures/regions.ts) are not repeated.
 */
import { acled, CURRENT, findAcled, PREVIOUS, type Period } from '../data/select.ts';
import { REGION_CODES, type RegionCode } from '../data/types.ts';
import { sourced } from './define.ts';
import { REGIONS_FIGURES } from './regions.ts';
import type { FigureDef } from './types.ts';

type Measure = 'incidents' | 'fatalities';

/** The id of a region's total: `acled.ne-6.incidents.current`. The region summaries show these two. */
export function regionTotalId(code: RegionCode, measure: Measure, when: 'current' | 'previous' = 'current'): string {
  return `acled.${code.toLowerCase()}.${measure}.${when}`;
}

const defined = new Set(REGIONS_FIGURES.map((f) => f.id));

function total(code: RegionCode, measure: Measure, period: Period, when: 'current' | 'previous'): FigureDef[] {
  const id = regionTotalId(code, measure, when);
  if (defined.has(id)) return [];
  // The report compares with the year before only for some regions (§6.1–§6.3).
  const row = when === 'current' ? acled({ period, area: code }, measure) : findAcled({ period, area: code }, measure);
  return row ? [sourced(id, row, row[measure])] : [];
}

export const REGION_SUMMARY_FIGURES: readonly FigureDef[] = REGION_CODES.flatMap((code) =>
  (['incidents', 'fatalities'] as const).flatMap((measure) => [...total(code, measure, CURRENT, 'current'), ...total(code, measure, PREVIOUS, 'previous')]),
);
