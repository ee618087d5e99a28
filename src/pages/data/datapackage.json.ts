/** /data/datapackage.json: the Frictionless Data Package of every CSV under /data/ (src/data/package.ts). */
import type { APIRoute } from 'astro';
import { dataPackage } from '../../data/package.ts';
import { datasetSummaries, sources } from '../../data/select.ts';
import { DATASETS } from '../../data/pipeline/schemas.ts';
import { CHART_TABLES } from '../../components/charts/tables.ts';
import { stateTable } from '../../components/charts/state-tables.ts';
import { CHARTS } from '../../charts/catalog.ts';
import { CHART_STATES, defaultState, stateFileName } from '../../charts/states.ts';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { ui } from '../../i18n/index.ts';

export const GET: APIRoute = ({ site }) => {
  // Every chart's whole table, and each other state's own CSV (src/pages/data/charts/[id].csv.ts).
  const states = CHARTS.flatMap((c) => CHART_STATES[c.id].filter((s) => s !== defaultState(c.id)).map((s) => [stateFileName(c.id, s), stateTable(c.id, s)] as const));
  const charts = Object.fromEntries([...Object.entries(CHART_TABLES).map(([id, build]) => [id, build()] as const), ...states]);
  const descriptor = dataPackage({
    origin: site!.origin,
    title: ui('en').siteTitle,
    schemas: DATASETS,
    summaries: datasetSummaries,
    sources,
    charts,
    termsPath: `${getRelativeLocaleUrl('en', '/')}#licences`,
  });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
