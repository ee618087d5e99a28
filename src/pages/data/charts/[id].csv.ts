/**
 * Each chart's data exactly as shown, with source and locator columns: the whole table, and
 * for every other state a reader can reach with the controls (src/charts/states.ts) the data
 * of that state alone, named `<chart>--<state>.csv`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, type ChartId, type TableId } from '../../../charts/catalog.ts';
import { CHART_STATES, defaultState, parseStateFileName, stateFileName } from '../../../charts/states.ts';
import { CHART_TABLES } from '../../../components/charts/tables.ts';
import { stateTable } from '../../../components/charts/state-tables.ts';
import { tableToCsv } from '../../../charts/table-model.ts';

const chartIds = CHARTS.map((c) => c.id as ChartId);

export const getStaticPaths = (() => [
  ...Object.keys(CHART_TABLES).map((id) => ({ params: { id } })),
  ...chartIds.flatMap((id) => CHART_STATES[id].filter((s) => s !== defaultState(id)).map((s) => ({ params: { id: stateFileName(id, s) } }))),
]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const id = params.id as string;
  const named = id.includes('--') ? parseStateFileName(id, chartIds) : null;
  const table = named ? stateTable(named.id, named.state) : CHART_TABLES[id as TableId]?.();
  if (!table) return new Response('Unknown chart', { status: 404 });
  return new Response(tableToCsv(table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
