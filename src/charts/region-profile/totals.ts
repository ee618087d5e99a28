/** A region's key ACLED figures: incidents and deaths now and a year before, their change, deaths per 100,000. */
import { changePct, CURRENT, per100k, PREVIOUS, regionCount, regionIn, type Period } from '../../data/query.ts';
import type { AcledCount, Region, RegionCode } from '../../data/types.ts';

export interface Counted {
  value: number;
  row: AcledCount;
}

export interface Derived {
  value: number;
  from: AcledCount[] | (AcledCount | Region)[];
}

export interface RegionTotals {
  region: Region;
  population: number | null;
  incidents: Counted | null;
  deaths: Counted | null;
  incidentsBefore: Counted | null;
  deathsBefore: Counted | null;
  incidentsChange: Derived | null;
  deathsChange: Derived | null;
  deathsPer100k: Derived | null;
}

function counted(acled: readonly AcledCount[], period: Period, area: RegionCode, measure: 'incidents' | 'fatalities'): Counted | null {
  const row = regionCount(acled, period, area, measure);
  return row ? { value: row[measure] as number, row } : null;
}

function change(now: Counted | null, before: Counted | null): Derived | null {
  if (!now || !before || before.value === 0) return null;
  return { value: changePct(now.value, before.value), from: [now.row, before.row] };
}

export function regionTotals(acled: readonly AcledCount[], regions: readonly Region[], code: RegionCode): RegionTotals {
  const r = regionIn(regions, code);
  const incidentsNow = counted(acled, CURRENT, code, 'incidents');
  const deathsNow = counted(acled, CURRENT, code, 'fatalities');
  const incidentsBefore = counted(acled, PREVIOUS, code, 'incidents');
  const deathsBefore = counted(acled, PREVIOUS, code, 'fatalities');
  return {
    region: r,
    population: r.population,
    incidents: incidentsNow,
    deaths: deathsNow,
    incidentsBefore,
    deathsBefore,
    incidentsChange: change(incidentsNow, incidentsBefore),
    deathsChange: change(deathsNow, deathsBefore),
    deathsPer100k: deathsNow && r.population ? { value: per100k(deathsNow.value, r.population), from: [deathsNow.row, r] } : null,
  };
}
