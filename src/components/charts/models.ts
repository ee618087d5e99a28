/**
 * What a chart's frame says besides the chart itself, in one state of its controls: the
 * subtitle (naming the state: metric, period, actors), the source line, the legend and the
 * text alternative. The chart components and the image downloads
 * (src/pages/data/charts/[lang]/[file].ts) both take them from here, so a download cannot say
 * something else than the page, and no download carries an instruction meant for the page.
 */
import type { ChartId } from '../../charts/catalog.ts';
import { casualtyLegend, disputedAttacks } from '../../charts/casualties.ts';
import { idpRegions, idpTotal, refugeeOrigins, refugeeTotal } from '../../charts/displacement.ts';
import type { LegendItem } from '../../charts/legend.ts';
import { acledRegionMetrics } from '../../charts/map/acled-metrics.ts';
import { mapDescription } from '../../charts/map/description.ts';
import { mapLegend, mapLegendWords } from '../../charts/map/legend.ts';
import { classify } from '../../charts/map/metrics.ts';
import { dutchMandates, personnelInNiger } from '../../charts/missions.ts';
import { laneOf } from '../../charts/timeline.ts';
import { defaultState } from '../../charts/states.ts';
import { acledNiger, CURRENT, deployments, displacement, incidents, regions, timeline } from '../../data/select.ts';
import { fill } from '../../i18n/fill.ts';
import { ui, type Lang } from '../../i18n/index.ts';
import { formatDate, formatPeriodShort } from '../../lib/format.ts';
import { citeAll } from '../../lib/provenance.ts';
import { chartDescription } from './descriptions.ts';
import { violencePeriods } from './periods.ts';

export { violencePeriods };

export interface ChartModel {
  /** The source line's text, after "Bron:" / "Source:". */
  source: string;
  /** The legend the chart shows above it; empty when it shows none. */
  legend: LegendItem[];
  /** The subtitle of the state shown: never an instruction to the reader. */
  subtitle: string;
  /** The text alternative: the point first, then what kind of chart it is, then where its values are (the table). */
  summary: string;
}

/** The casualty chart's source rows: "§6.6, voetnoot 210 (gendarmes)" is the same footnote as "§6.6, voetnoot 210". */
function casualtySources() {
  return disputedAttacks(incidents, regions)
    .flatMap((a) => a.figures.flatMap((f) => f.rows))
    .map((r) => ({ source_id: r.source_id, locator: r.locator.replace(/ \([^)]*\)$/, '') }));
}

/** The map in one state: a metric id. */
function regionMapModel(lang: Lang, state: string): ChartModel {
  const metrics = acledRegionMetrics(acledNiger, regions);
  const metric = classify(metrics.find((m) => m.id === state) ?? metrics[0]!);
  const legend = mapLegend(metric, mapLegendWords(ui(lang)), lang);
  const t = ui(lang);
  return { source: `${t.acledChain} ${t.charts.map.mapCredit}`, legend: legend.items, subtitle: legend.title, summary: mapDescription(metric, regions, t, lang) };
}

/** The violence chart with both periods ("all") or one. */
function violenceModel(lang: Lang, state: string): ChartModel {
  const words = ui(lang).charts.violence;
  const periods = violencePeriods(lang);
  // A download of one period draws it as the first series: its key must match.
  const shown = periods.filter((p) => state === 'all' || p.id === state).map((p, i) => ({ ...p, swatch: `series-${i}` }));
  const subtitle = shown.length === 1 ? fill(words.byTypeSubtitleOne, { period: shown[0]!.label }) : fill(words.byTypeSubtitle, { current: periods[0]!.label, previous: periods[1]!.label });
  return { source: ui(lang).acledChain, legend: shown.map((p) => ({ swatch: p.swatch, label: p.label })), subtitle, summary: chartDescription('violence-by-type', lang) };
}

/** The timeline with all actors or one lane. */
function timelineModel(lang: Lang, state: string): ChartModel {
  const w = ui(lang).charts.timeline;
  const which = state === 'all' ? w.stateAll : fill(w.stateLane, { actor: w.lanes[state as keyof typeof w.lanes] ?? state });
  const events = state === 'all' ? timeline : timeline.filter((e) => laneOf(e.actor).id === state);
  return { source: citeAll(events, lang), legend: [], subtitle: `${which} ${w.subtitle}`, summary: chartDescription('partners-timeline', lang) };
}

const MODELS: Record<ChartId, (lang: Lang, state: string) => ChartModel> = {
  'partners-timeline': timelineModel,
  'missions-personnel': (lang) => ({
    source: citeAll(personnelInNiger(deployments).map((p) => p.row), lang),
    legend: [],
    subtitle: ui(lang).charts.missions.personnelSubtitle,
    summary: chartDescription('missions-personnel', lang),
  }),
  'dutch-mandates': (lang) => ({
    source: citeAll(dutchMandates(deployments).map((m) => m.row), lang),
    legend: [],
    subtitle: ui(lang).charts.missions.mandatesSubtitle,
    summary: chartDescription('dutch-mandates', lang),
  }),
  'violence-by-type': violenceModel,
  'civilian-targeting-actors': (lang) => ({
    source: ui(lang).acledChain,
    legend: [],
    subtitle: fill(ui(lang).charts.violence.actorsSubtitle, { period: formatPeriodShort(CURRENT.start, CURRENT.end, lang) }),
    summary: chartDescription('civilian-targeting-actors', lang),
  }),
  'casualty-chart': (lang) => ({
    source: citeAll(casualtySources(), lang),
    legend: casualtyLegend(disputedAttacks(incidents, regions), ui(lang).charts.casualties),
    subtitle: ui(lang).charts.casualties.subtitle,
    summary: chartDescription('casualty-chart', lang),
  }),
  'idp-by-region': (lang) => ({
    source: citeAll([idpTotal(displacement), ...idpRegions(displacement)], lang),
    legend: [],
    subtitle: fill(ui(lang).charts.displacement.idpSubtitle, { month: formatDate(idpTotal(displacement).date, lang) }),
    summary: chartDescription('idp-by-region', lang),
  }),
  'refugees-by-origin': (lang) => ({
    source: citeAll([refugeeTotal(displacement), ...refugeeOrigins(displacement)], lang),
    legend: [],
    subtitle: fill(ui(lang).charts.displacement.refugeeSubtitle, { month: formatDate(refugeeTotal(displacement).date, lang) }),
    summary: chartDescription('refugees-by-origin', lang),
  }),
  'region-map': regionMapModel,
};

/** A chart's model in one state (src/charts/states.ts); the default state when none is given. */
export function chartModel(id: ChartId, lang: Lang, state: string = defaultState(id)): ChartModel {
  return MODELS[id](lang, state);
}
