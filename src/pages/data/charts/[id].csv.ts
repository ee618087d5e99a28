/** Each chart's data exactly as shown, with source and locator columns. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { TableId } from '../../../charts/catalog.ts';
import { CHART_TABLES } from '../../../components/charts/tables.ts';
import { tableToCsv } from '../../../charts/table-model.ts';

export const getStaticPaths = (() => Object.keys(CHART_TABLES).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const build = CHART_TABLES[params.id as TableId];
  if (!build) return new Response('Unknown chart', { status: 404 });
  return new Response(tableToCsv(build()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
