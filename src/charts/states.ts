/**
 * The states a reader can reach with a chart's controls, by chart id: the map's metric, the
 * violence chart's period, the timeline's actors ("all" or one lane). The first is the default,
 * the state without JavaScript. Each state has its own image downloads, which name it.
 */
import type { ChartId } from './catalog.ts';
import { MAP_METRIC_IDS } from './map/acled-metrics.ts';
import { LANES } from './timeline.ts';
import type { Lang } from '../i18n/lang.ts';

export const VIOLENCE_STATES = ['all', 'current', 'previous'] as const;

export const CHART_STATES: Record<ChartId, readonly string[]> = {
  'region-map': MAP_METRIC_IDS,
  'violence-by-type': VIOLENCE_STATES,
  'partners-timeline': ['all', ...LANES.map((l) => l.id)],
  'civilian-targeting-actors': ['default'],
  'missions-personnel': ['default'],
  'dutch-mandates': ['default'],
  'casualty-chart': ['default'],
  'idp-by-region': ['default'],
  'refugees-by-origin': ['default'],
};

export function defaultState(id: ChartId): string {
  return CHART_STATES[id][0]!;
}

/** A state's file name without extension: the chart id, and the state unless it is the default. */
export function stateFileName(id: ChartId, state: string): string {
  return state === defaultState(id) ? id : `${id}--${state}`;
}

/** Reads a file name of {@link stateFileName} back; null when it names no chart state. */
export function parseStateFileName(name: string, ids: readonly ChartId[]): { id: ChartId; state: string } | null {
  const [id, state, ...rest] = name.split('--');
  const chart = ids.find((c) => c === id);
  if (!chart || rest.length > 0) return null;
  if (state === undefined) return { id: chart, state: defaultState(chart) };
  return CHART_STATES[chart].includes(state) && state !== defaultState(chart) ? { id: chart, state } : null;
}

/** Where a state's image download is. */
export function exportHref(id: ChartId, lang: Lang, state: string, ext: 'svg' | 'png'): string {
  return `/data/charts/${lang}/${stateFileName(id, state)}.${ext}`;
}
