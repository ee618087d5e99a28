/**
 * A chart's data in one state of its controls, for the CSV download of that state: the map's
 * one metric, the violence chart's one period, the timeline's one lane. The default state's CSV
 * is the whole table (CHART_TABLES), as the page's data table shows it.
 */
import type { ChartId } from '../../charts/catalog.ts';
import { acledRegionMetrics } from '../../charts/map/acled-metrics.ts';
import { regionMapTable } from '../../charts/map/table.ts';
import { CHART_STATES, defaultState } from '../../charts/states.ts';
import type { ChartTable } from '../../charts/table-model.ts';
import { acledNiger, CURRENT, PREVIOUS, regions } from '../../data/select.ts';
import { CHART_TABLES } from './tables.ts';

function only(table: ChartTable, keep: (row: ChartTable['rows'][number]) => boolean): ChartTable {
  return { ...table, rows: table.rows.filter(keep) };
}

export function stateTable(id: ChartId, state: string): ChartTable {
  if (!CHART_STATES[id].includes(state)) throw new Error(`Chart ${id} has no state ${state}`);
  if (state === defaultState(id)) return CHART_TABLES[id]();
  switch (id) {
    case 'region-map':
      return regionMapTable(regions, acledRegionMetrics(acledNiger, regions).filter((m) => m.id === state));
    case 'violence-by-type': {
      const period = state === 'current' ? CURRENT : PREVIOUS;
      return only(CHART_TABLES[id](), (r) => r.period === `${period.start}/${period.end}`);
    }
    case 'partners-timeline':
      return only(CHART_TABLES[id](), (r) => r.lane === state);
    default:
      return CHART_TABLES[id]();
  }
}
