/** Share cards of every chart in every state a reader can reach with its toggles, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartInfo } from '../../../../charts/catalog.ts';
import { chartModel } from '../../../../components/charts/models.ts';
import { allChartStates, findState } from '../../../../components/charts/states.ts';
import { LANGS, ui, type Lang } from '../../../../i18n/index.ts';
import { CARD } from '../../../../lib/share/card.ts';
import { extractExportSvg } from '../../../../lib/share/chart-export.ts';
import { paletteCard, svgToPng } from '../../../../lib/share/raster.ts';
import { renderChartHtml } from '../../../../lib/share/render-chart.ts';
import { renderStateCard } from '../../../../lib/share/state-card.ts';

export const getStaticPaths = (() => LANGS.flatMap((lang) => allChartStates().map((s) => ({ params: { lang, chart: s.chart, state: s.slug } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const state = findState(params.chart!, params.state!)!;
  const chartSvg = extractExportSvg(await renderChartHtml(state.chart, lang, site!, state.query));
  if (!chartSvg) throw new Error(`Chart ${state.chart} has no SVG marked for export`);
  const model = chartModel(state.chart, lang, state.query);
  const t = ui(lang);
  const svg = renderStateCard({
    site: t.siteTitle,
    title: chartInfo(state.chart).title[lang],
    state: state.label?.(lang) ?? null,
    source: `${t.source}: ${model.source}`,
    chartSvg,
    legend: model.legend,
  });
  return new Response(new Uint8Array(await paletteCard(svgToPng(svg, CARD.width))), { headers: { 'content-type': 'image/png' } });
};
