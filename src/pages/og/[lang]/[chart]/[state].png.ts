/** Share cards of every chart in every state a reader can reach with its toggles, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartInfo } from '../../../../charts/catalog.ts';
import { chartModel } from '../../../../components/charts/models.ts';
import { allChartStates, exportStateOf, findState } from '../../../../components/charts/states.ts';
import { LANGS, ui, type Lang } from '../../../../i18n/index.ts';
import { CARD } from '../../../../lib/share/card.ts';
import { paletteCard, svgToPng } from '../../../../lib/share/raster.ts';
import { renderChartSvg } from '../../../../lib/share/render-chart.ts';
import { renderStateCard } from '../../../../lib/share/state-card.ts';
import { labelledText } from '../../../../i18n/punctuation.ts';

export const getStaticPaths = (() => LANGS.flatMap((lang) => allChartStates().map((s) => ({ params: { lang, chart: s.chart, state: s.slug } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const state = findState(params.chart!, params.state!)!;
  const chartSvg = await renderChartSvg(state.chart, lang, exportStateOf(state), site!);
  const model = chartModel(state.chart, lang, exportStateOf(state));
  const t = ui(lang);
  const svg = renderStateCard({
    site: t.siteTitle,
    title: chartInfo(state.chart).title[lang],
    state: state.label?.(lang) ?? null,
    source: labelledText(t.source, model.source, lang),
    chartSvg,
    legend: model.legend,
  });
  return new Response(new Uint8Array(await paletteCard(svgToPng(svg, CARD.width))), { headers: { 'content-type': 'image/png' } });
};
