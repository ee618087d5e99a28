/**
 * Every chart's table, by chart id: the data table in its frame, the CSV download and
 * (later) its embed all come from here, so they cannot disagree. The data comes from
 * src/data/select.ts; the chart modules only shape it.
 */
import { acledRegionMetrics } from '../../charts/map/acled-metrics.ts';
import { armedGroupsMapTable } from '../../charts/armed-groups.ts';
import { casualtyTable, disputedAttacks } from '../../charts/casualties.ts';
import { ui } from '../../i18n/index.ts';
import { regionMapTable } from '../../charts/map/table.ts';
import { idpTable, refugeeTable } from '../../charts/displacement.ts';
import type { TableId } from '../../charts/catalog.ts';
import type { ChartTable } from '../../charts/table-model.ts';
import { civilianTargetingTable, violenceByTypeTable } from '../../charts/violence.ts';
import { mandatesTable, personnelTable } from '../../charts/missions.ts';
import { timelineTable } from '../../charts/timeline-table.ts';
import { eventTitleText } from '../../content/timeline-titles.ts';
import { perLang } from '../../i18n/by-lang.ts';
import { acledNiger, armedGroups, deployments, displacement, incidents, regions, timeline } from '../../data/select.ts';

/** One table per id of the chart registry (src/charts/catalog.ts), no more, no fewer. */
export const CHART_TABLES: Record<TableId, () => ChartTable> = {
  'idp-by-region': () => idpTable(displacement, regions, perLang((d) => d.charts.displacement.idpColumns)),
  'refugees-by-origin': () => refugeeTable(displacement, perLang((d) => d.charts.displacement.refugeeColumns)),
  'region-map': () => regionMapTable(regions, acledRegionMetrics(acledNiger, regions)),
  'armed-groups-map': () => armedGroupsMapTable(armedGroups, regions, ui('en').armedGroups),
  'casualty-chart': () => casualtyTable(disputedAttacks(incidents, regions), ui('en').charts.casualties),
  'violence-by-type': () => violenceByTypeTable(acledNiger),
  'civilian-targeting-actors': () => civilianTargetingTable(acledNiger),
  'missions-personnel': () => personnelTable(deployments, perLang((d) => d.charts.missions.columns)),
  'dutch-mandates': () => mandatesTable(deployments, perLang((d) => d.charts.missions.columns)),
  'partners-timeline': () => timelineTable(timeline, eventTitleText, perLang((d) => d.charts.timeline.columns)),
};
