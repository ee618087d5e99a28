import { changePct, CURRENT, per100k, PREVIOUS, regionCount, regionIn } from '../../data/query.ts';
import { REGION_CODES, type AcledCount, type Provenance, type Region, type RegionCode } from '../../data/types.ts';
import { perLang } from '../../i18n/by-lang.ts';
import { fill } from '../../i18n/fill.ts';
import type { UiStrings } from '../../i18n/strings.ts';
import { formatPeriod } from '../../lib/format.ts';
import type { MapMetric, RegionValue } from './metrics.ts';

/**
 * The small-count rule: a change is shown only where the year-before count reaches this.
 * Below it one incident more or less swings the percentage wildly (1 → 2 is +100 %).
 */
export const MIN_INCIDENTS_BEFORE = 10;

/** The metrics' ids, in the order of the choice; the first is the default. */
export const MAP_METRIC_IDS = ['incidents', 'fatalities', 'fatalities-per-100k', 'incidents-change'] as const;
export type MapMetricId = (typeof MAP_METRIC_IDS)[number];

/** A metric's label, unit and legend heading (metric, unit, period) in both languages, from `charts.map.metrics`. */
function metricWords(key: keyof UiStrings['charts']['map']['metrics']): Pick<MapMetric, 'label' | 'unit' | 'legendTitle'> {
  return {
    label: perLang((w) => w.charts.map.metrics[key].label),
    unit: perLang((w) => w.charts.map.metrics[key].unit),
    legendTitle: perLang((w, lang) =>
      fill(w.charts.map.metrics[key].legend, { period: formatPeriod(CURRENT.start, CURRENT.end, lang), previous: formatPeriod(PREVIOUS.start, PREVIOUS.end, lang) }),
    ),
  };
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

/** The change on a year earlier, or "too few" when the year-before count is below `minimum`. */
export function changeOrTooFew(now: RegionValue, before: RegionValue, minimum: number): RegionValue {
  if (now.value === null || before.value === null) return { value: null, from: [] };
  const from = [...now.from, ...before.from];
  if (before.value < minimum || before.value === 0) return { value: null, from, tooFew: true };
  return { value: changePct(now.value, before.value), from };
}

/** The metrics the reader can choose on the region map; the first is the default. */
export function acledRegionMetrics(acled: readonly AcledCount[], regions: readonly Region[]): MapMetric[] {
  return [
    { id: 'incidents' satisfies MapMetricId, ...metricWords('incidents'), derived: false, encoding: 'circles', values: perRegion((c) => count(acled, c, 'incidents')) },
    { id: 'fatalities' satisfies MapMetricId, ...metricWords('fatalities'), derived: false, encoding: 'circles', values: perRegion((c) => count(acled, c, 'fatalities')) },
    {
      id: 'fatalities-per-100k' satisfies MapMetricId,
      ...metricWords('fatalitiesPer100k'),
      derived: true,
      encoding: 'choropleth',
      values: perRegion((c) => rate(acled, regions, c, 'fatalities')),
    },
    {
      id: 'incidents-change' satisfies MapMetricId,
      ...metricWords('incidentsChange'),
      derived: true,
      encoding: 'choropleth',
      diverging: true,
      minimumBefore: MIN_INCIDENTS_BEFORE,
      values: perRegion((c) => changeOrTooFew(count(acled, c, 'incidents'), count(acled, c, 'incidents', PREVIOUS), MIN_INCIDENTS_BEFORE)),
    },
  ];
}
