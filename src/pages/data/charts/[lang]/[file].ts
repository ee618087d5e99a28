/** Each chart as SVG and PNG, per language, with its title and source in the image; source and legend from the chart's model. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, type ChartId } from '../../../../charts/catalog.ts';
import { chartModel } from '../../../../components/charts/models.ts';
import { LANGS, ui, type Lang } from '../../../../i18n/index.ts';
import { extractExportSvg, standaloneChartSvg } from '../../../../lib/share/chart-export.ts';
import { svgToPng } from '../../../../lib/share/raster.ts';
import { frameSubtitle, renderChartHtml } from '../../../../lib/share/render-chart.ts';

export const getStaticPaths = (() =>
  LANGS.flatMap((lang) => CHARTS.flatMap((c) => ['svg', 'png'].map((ext) => ({ params: { lang, file: `${c.id}.${ext}` } }))))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const [id, ext] = (params.file as string).split('.') as [ChartId, 'svg' | 'png'];
  const chart = CHARTS.find((c) => c.id === id)!;
  const html = await renderChartHtml(id, lang, site!);
  const chartSvg = extractExportSvg(html);
  if (!chartSvg) throw new Error(`Chart ${id} has no SVG marked for export`);
  const model = chartModel(id, lang);
  const svg = standaloneChartSvg({ chartSvg, title: chart.title[lang], subtitle: frameSubtitle(html), source: `${ui(lang).source}: ${model.source}`, legend: model.legend });
  if (ext === 'svg') return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
  return new Response(new Uint8Array(svgToPng(svg, 1600)), { headers: { 'content-type': 'image/png' } });
};
