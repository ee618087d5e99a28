/**
 * Every chart's table, by chart id: the data table in its frame, the CSV download and
 * (later) its embed all come from here, so they cannot disagree.
 */
import { acledRegionMetrics } from './map/acled-metrics.ts';
import { armedGroupsMapTable } from './armed-groups.ts';
import { casualtyTable } from './casualties.ts';
import { regionMapTable } from './map/table.ts';
import { idpTable, refugeeTable } from './displacement.ts';
import type { ChartTable } from './table-model.ts';
import { civilianTargetingTable, violenceByTypeTable } from './violence.ts';
import { mandatesTable, personnelTable } from './missions.ts';
import { timelineTable } from './timeline-table.ts';

export const CHART_TABLES: Record<string, () => ChartTable> = {
  'idp-by-region': idpTable,
  'refugees-by-origin': refugeeTable,
  'region-map': () => regionMapTable(acledRegionMetrics()),
  'armed-groups-map': armedGroupsMapTable,
  'casualty-chart': () => casualtyTable(),
  'violence-by-type': violenceByTypeTable,
  'civilian-targeting-actors': civilianTargetingTable,
  'missions-personnel': personnelTable,
  'dutch-mandates': mandatesTable,
  'partners-timeline': timelineTable,
};
