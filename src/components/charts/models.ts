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
import { mapLegend, mapLegendWords } from '../../charts/map/legend.ts';
import { mapDescription } from '../../charts/map/description.ts';
import { classify } from '../../charts/map/metrics.ts';
import { dutchMandates, personnelInNiger } from '../../charts/missions.ts';
import { acledNiger, CURRENT, deployments, displacement, incidents, PREVIOUS, regions, timeline } from '../../data/select.ts';
import { ui, type Lang } from '../../i18n/index.ts';
import { formatPeriodShort } from '../../lib/format.ts';
import { citeAll } from '../../lib/provenance.ts';

export interface ChartModel {
  /** The source line's text, after "Bron:" / "Source:". */
  source: string;
  /** The legend the chart shows above it; empty when it shows none. */
  legend: LegendItem[];
  /** The subtitle of the state shown (metric, period, actors): never an instruction to the reader. */
  subtitle?: string;
  /** The text alternative: the point first, then the values. */
  summary?: string;
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

const MODELS: Record<ChartId, (lang: Lang, state?: string) => ChartModel> = {
  'partners-timeline': (lang) => ({ source: citeAll(timeline, lang), legend: [] }),
  'missions-personnel': (lang) => ({ source: citeAll(personnelInNiger(deployments).map((p) => p.row), lang), legend: [] }),
  'dutch-mandates': (lang) => ({ source: citeAll(dutchMandates(deployments).map((m) => m.row), lang), legend: [] }),
  'violence-by-type': (lang) => ({ source: ui(lang).acledChain, legend: violencePeriods(lang).map((p, i) => ({ swatch: `series-${i}`, label: p.label })) }),
  'civilian-targeting-actors': (lang) => ({ source: ui(lang).acledChain, legend: [] }),
  'casualty-chart': (lang) => ({ source: citeAll(casualtySources(), lang), legend: casualtyLegend(disputedAttacks(incidents, regions), ui(lang).charts.casualties) }),
  'idp-by-region': (lang) => ({ source: citeAll([idpTotal(displacement), ...idpRegions(displacement)], lang), legend: [] }),
  'refugees-by-origin': (lang) => ({ source: citeAll([refugeeTotal(displacement), ...refugeeOrigins(displacement)], lang), legend: [] }),
  'region-map': (lang, state) => regionMapModel(lang, state),
};

/** The map in one state (a metric id; the first metric by default). */
function regionMapModel(lang: Lang, state?: string): ChartModel {
  const metrics = acledRegionMetrics(acledNiger, regions);
  const metric = classify(metrics.find((m) => m.id === state) ?? metrics[0]!);
  const legend = mapLegend(metric, mapLegendWords(ui(lang)), lang);
  return { source: `${ui(lang).acledChain} ${ui(lang).charts.map.mapCredit}`, legend: legend.items, subtitle: legend.title, summary: mapDescription(metric, regions, ui(lang), lang) };
}

/** A chart's model in the state shown; `state` is a chart state id (src/charts/states.ts), the default when absent. */
export function chartModel(id: ChartId, lang: Lang, state?: string): ChartModel {
  return MODELS[id](lang, state);
}
