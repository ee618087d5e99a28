/**
 * The states a reader can put a chart in with its toggles, one list per chart: the map's
 * metric (for the one period it shows), the violence chart's period, the timeline's
 * actors as "all" or one lane. The options come from the same definitions the toggles
 * are drawn from (the map's metrics, the violence periods, the timeline lanes), so a new
 * metric or lane gets its share page, card and oEmbed without a second list. A chart
 * without toggles has one state, "all".
 */
import { CHARTS, type ChartId } from '../../charts/catalog.ts';
import { acledRegionMetrics } from '../../charts/map/acled-metrics.ts';
import { LANES } from '../../charts/timeline.ts';
import { acledNiger, CURRENT, regions } from '../../data/select.ts';
import { fill } from '../../i18n/fill.ts';
import { ui, type Lang } from '../../i18n/index.ts';
import { formatPeriod } from '../../lib/format.ts';
import { violencePeriods } from './models.ts';
import { defaultState } from '../../charts/states.ts';

/** The URL parameters chart toggles write (see src/client/url-state.ts). */
export type StateParam = 'm' | 'p' | 'a';
export type StateQuery = Partial<Record<StateParam, string>>;

export interface ToggleOption {
  id: string;
  label: (lang: Lang) => string;
}

/** One toggle: the URL parameter it writes and its options, the default first (never written to the URL). */
export interface Toggle {
  param: StateParam;
  options: ToggleOption[];
}

export interface ChartState {
  chart: ChartId;
  /** The last segment of its share URL, /s/<chart>/<slug>/. */
  slug: string;
  /** The query that puts the story's chart in this state (empty for the default). */
  query: StateQuery;
  /** What the chart shows in this state, for titles and cards; null for a chart without toggles. */
  label: ((lang: Lang) => string) | null;
}

const ALL = 'all';

const TOGGLES: Partial<Record<ChartId, () => Toggle>> = {
  'region-map': () => ({
    param: 'm',
    options: acledRegionMetrics(acledNiger, regions).map((m) => ({
      id: m.id,
      label: (lang) => fill(ui(lang).share.states.mapMetric, { metric: m.label[lang], period: formatPeriod(CURRENT.start, CURRENT.end, lang) }),
    })),
  }),
  'violence-by-type': () => ({
    param: 'p',
    options: [
      { id: ALL, label: (lang) => fill(ui(lang).share.states.bothPeriods, { current: violencePeriods(lang)[0]!.label, previous: violencePeriods(lang)[1]!.label }) },
      ...violencePeriods('en').map((p, i) => ({ id: p.id, label: (lang: Lang) => violencePeriods(lang)[i]!.label })),
    ],
  }),
  'partners-timeline': () => ({
    param: 'a',
    options: [{ id: ALL, label: (lang) => ui(lang).share.states.allActors }, ...LANES.map((l) => ({ id: l.id, label: (lang: Lang) => ui(lang).charts.timeline.lanes[l.id] }))],
  }),
};

/** A chart's toggle, or null when it has none. */
export function chartToggle(id: ChartId): Toggle | null {
  return TOGGLES[id]?.() ?? null;
}

/** Every state of a chart, the default first. */
export function chartStates(id: ChartId): ChartState[] {
  const toggle = chartToggle(id);
  if (!toggle) return [{ chart: id, slug: ALL, query: {}, label: null }];
  return toggle.options.map((o, i) => ({ chart: id, slug: o.id, query: i === 0 ? {} : { [toggle.param]: o.id }, label: o.label }));
}

/** Every state of every chart. */
export function allChartStates(): ChartState[] {
  return CHARTS.flatMap((c) => chartStates(c.id));
}

export function findState(chart: string, slug: string): ChartState | undefined {
  return CHARTS.some((c) => c.id === chart) ? chartStates(chart as ChartId).find((s) => s.slug === slug) : undefined;
}

export function queryString(query: StateQuery): string {
  const entries = Object.entries(query);
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
}

/** The chart's title with its state, as share pages and cards name it. */
export function stateTitle(state: ChartState, lang: Lang): string {
  const title = CHARTS.find((c) => c.id === state.chart)!.title[lang];
  return state.label ? fill(ui(lang).share.states.title, { chart: title, state: state.label(lang) }) : title;
}

/** The state as the chart components and models name it (src/charts/states.ts): the toggle's option id, or the default of a chart without toggles. */
export function exportStateOf(state: ChartState): string {
  return state.label === null ? defaultState(state.chart) : state.slug;
}
