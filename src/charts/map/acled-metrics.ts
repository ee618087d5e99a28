import { changePct, CURRENT, per100k, PREVIOUS, regionCount, regionIn } from '../../data/query.ts';
import { REGION_CODES, type AcledCount, type Provenance, type Region, type RegionCode } from '../../data/types.ts';
import { inBothLangs } from '../../i18n/by-lang.ts';
import type { UiStrings } from '../../i18n/strings.ts';
import type { MapMetric, RegionValue } from './metrics.ts';

/** A metric's label and unit in both languages, from the dictionaries' `charts.map.metrics`. */
function metricWords(key: keyof UiStrings['charts']['map']['metrics']): Pick<MapMetric, 'label' | 'unit'> {
  return { label: inBothLangs((w) => w.charts.map.metrics[key].label), unit: inBothLangs((w) => w.charts.map.metrics[key].unit) };
}

type Measure = 'incidents' | 'fatalities';

function perRegion(valueOf: (code: RegionCode) => RegionValue): Record<RegionCode, RegionValue> {
  return Object.fromEntries(REGION_CODES.map((code) => [code, valueOf(code)])) as Record<RegionCode, RegionValue>;
}

function count(acled: readonly AcledCount[], code: RegionCode, measure: Measure, period = CURRENT): RegionValue {
  const row = regionCount(acled, period, code, measure);
  return row ? { value: row[measure], from: [row] } : { value: null, from: [] };
}

function rate(acled: readonly AcledCount[], regions: readonly Region[], code: RegionCode, measure: Measure): RegionValue {
  const c = count(acled, code, measure);
  const r = regionIn(regions, code);
  if (c.value === null || r.population === null) return { value: null, from: [] };
  return { value: per100k(c.value, r.population), from: [...c.from, r as Provenance] };
}

function change(acled: readonly AcledCount[], code: RegionCode, measure: Measure): RegionValue {
  const now = count(acled, code, measure);
  const before = count(acled, code, measure, PREVIOUS);
  if (now.value === null || before.value === null || before.value === 0) return { value: null, from: [] };
  return { value: changePct(now.value, before.value), from: [...now.from, ...before.from] };
}

/** The metrics the reader can choose on the region map. */
export function acledRegionMetrics(acled: readonly AcledCount[], regions: readonly Region[]): MapMetric[] {
  return [
    {
      id: 'incidents',
      ...metricWords('incidents'),
      derived: false,
      values: perRegion((c) => count(acled, c, 'incidents')),
    },
    {
      id: 'fatalities',
      ...metricWords('fatalities'),
      derived: false,
      values: perRegion((c) => count(acled, c, 'fatalities')),
    },
    {
      id: 'fatalities-per-100k',
      ...metricWords('fatalitiesPer100k'),
      derived: true,
      values: perRegion((c) => rate(acled, regions, c, 'fatalities')),
    },
    {
      id: 'incidents-change',
      ...metricWords('incidentsChange'),
      derived: true,
      diverging: true,
      values: perRegion((c) => change(acled, c, 'incidents')),
    },
  ];
}
