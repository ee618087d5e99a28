/**
 * What a chart's frame says besides the chart itself: its source line and legend. The chart
 * components and the image downloads (src/pages/data/charts/[lang]/[file].ts) both take
 * them from here, so a download cannot say something else than the page.
 */
import type { ChartId } from '../../charts/catalog.ts';
import { casualtyLegend, disputedAttacks } from '../../charts/casualties.ts';
import { idpRegions, idpTotal, refugeeOrigins, refugeeTotal } from '../../charts/displacement.ts';
import type { LegendItem } from '../../charts/legend.ts';
import { acledRegionMetrics } from '../../charts/map/acled-metrics.ts';
import { mapLegendItems } from '../../charts/map/legend.ts';
import { classify } from '../../charts/map/metrics.ts';
import { dutchMandates, personnelInNiger } from '../../charts/missions.ts';
import { acledNiger, CURRENT, deployments, displacement, incidents, PREVIOUS, regions, timeline } from '../../data/select.ts';
import { ui, type Lang } from '../../i18n/index.ts';
import { formatPeriodShort } from '../../lib/format.ts';
import { citeAll } from '../../lib/provenance.ts';
import type { StateQuery } from './states.ts';

export interface ChartModel {
  /** The source line's text, after "Bron:" / "Source:". */
  source: string;
  /** The legend the chart shows above it; empty when it shows none. */
  legend: LegendItem[];
}

/** The violence chart's two periods, which are its series. */
export function violencePeriods(lang: Lang): { id: string; label: string }[] {
  return [
    { id: 'current', label: formatPeriodShort(CURRENT.start, CURRENT.end, lang) },
    { id: 'previous', label: formatPeriodShort(PREVIOUS.start, PREVIOUS.end, lang) },
  ];
}

/** The casualty chart's source rows: "§6.6, voetnoot 210 (gendarmes)" is the same footnote as "§6.6, voetnoot 210". */
function casualtySources() {
  return disputedAttacks(incidents, regions)
    .flatMap((a) => a.figures.flatMap((f) => f.rows))
    .map((r) => ({ source_id: r.source_id, locator: r.locator.replace(/ \([^)]*\)$/, '') }));
}

const MODELS: Record<ChartId, (lang: Lang, state: StateQuery) => ChartModel> = {
  'partners-timeline': (lang) => ({ source: citeAll(timeline, lang), legend: [] }),
  'missions-personnel': (lang) => ({ source: citeAll(personnelInNiger(deployments).map((p) => p.row), lang), legend: [] }),
  'dutch-mandates': (lang) => ({ source: citeAll(dutchMandates(deployments).map((m) => m.row), lang), legend: [] }),
  'violence-by-type': (lang) => ({ source: ui(lang).acledChain, legend: violencePeriods(lang).map((p, i) => ({ swatch: `series-${i}`, label: p.label })) }),
  'civilian-targeting-actors': (lang) => ({ source: ui(lang).acledChain, legend: [] }),
  'casualty-chart': (lang) => ({ source: citeAll(casualtySources(), lang), legend: casualtyLegend(disputedAttacks(incidents, regions), ui(lang).charts.casualties) }),
  'idp-by-region': (lang) => ({ source: citeAll([idpTotal(displacement), ...idpRegions(displacement)], lang), legend: [] }),
  'refugees-by-origin': (lang) => ({ source: citeAll([refugeeTotal(displacement), ...refugeeOrigins(displacement)], lang), legend: [] }),
  'region-map': (lang, state) => ({ source: ui(lang).acledChain, legend: mapLegendItems(classify(mapMetric(state.m)), { noData: ui(lang).noData, regionalCapital: ui(lang).charts.map.regionalCapital }, lang) }),
};

/** The map metric a state shows: the first (default) unless the state names another. */
function mapMetric(id: string | undefined) {
  const metrics = acledRegionMetrics(acledNiger, regions);
  return metrics.find((m) => m.id === id) ?? metrics[0]!;
}

/** What the chart's frame says, for its default state or the state given (share cards). */
export function chartModel(id: ChartId, lang: Lang, state: StateQuery = {}): ChartModel {
  return MODELS[id](lang, state);
}
