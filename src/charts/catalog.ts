/**
 * The chart registry: every chart by its stable id, the one list of chart ids (embeds,
 * oEmbed, downloads, the `{% chart %}` tag and the chart-table bindings derive from it): the chapter it belongs to, its title in both languages (from the dictionaries)
 * and the heights an embed starts with before it reports its own, at a phone (360 px)
 * and a desktop column (720 px). A test checks that each shows the whole chart
 * (measure with scripts/dev/measure-embeds.ts after changing a chart).
 */
import { perLang } from '../i18n/by-lang.ts';
import type { Lang } from '../i18n/lang.ts';
import type { UiStrings } from '../i18n/strings.ts';

/** A chart's title in both languages, from the dictionaries' `charts.titles`. */
function chartTitle(id: keyof UiStrings['charts']['titles']): Record<Lang, string> {
  return perLang((words) => words.charts.titles[id]);
}

export interface ChartInfo {
  id: string;
  section: string;
  title: Record<Lang, string>;
  embedHeight: { narrow: number; wide: number };
}

export const CHARTS = [
  { id: 'partners-timeline', section: 'partners', title: chartTitle('partners-timeline'), embedHeight: { narrow: 1460, wide: 1080 } },
  { id: 'missions-personnel', section: 'partners', title: chartTitle('missions-personnel'), embedHeight: { narrow: 760, wide: 540 } },
  { id: 'dutch-mandates', section: 'partners', title: chartTitle('dutch-mandates'), embedHeight: { narrow: 760, wide: 540 } },
  { id: 'violence-by-type', section: 'violence', title: chartTitle('violence-by-type'), embedHeight: { narrow: 1270, wide: 850 } },
  { id: 'civilian-targeting-actors', section: 'violence', title: chartTitle('civilian-targeting-actors'), embedHeight: { narrow: 800, wide: 560 } },
  { id: 'casualty-chart', section: 'casualty-counts', title: chartTitle('casualty-chart'), embedHeight: { narrow: 1510, wide: 1170 } },
  { id: 'idp-by-region', section: 'displacement', title: chartTitle('idp-by-region'), embedHeight: { narrow: 820, wide: 550 } },
  { id: 'refugees-by-origin', section: 'displacement', title: chartTitle('refugees-by-origin'), embedHeight: { narrow: 730, wide: 510 } },
  { id: 'region-map', section: 'regions', title: chartTitle('region-map'), embedHeight: { narrow: 1130, wide: 1140 } },
] as const satisfies readonly ChartInfo[];

export type ChartId = (typeof CHARTS)[number]['id'];

/** Tables with a CSV download but no chart frame or embed of their own: the armed-group cards' maps. */
export const TABLE_ONLY_IDS = ['armed-groups-map'] as const;

/** Every id under /data/charts/<id>.csv. */
export type TableId = ChartId | (typeof TABLE_ONLY_IDS)[number];

export function chartInfo(id: ChartId): ChartInfo;
export function chartInfo(id: string): ChartInfo | undefined;
export function chartInfo(id: string): ChartInfo | undefined {
  return CHARTS.find((c) => c.id === id);
}
