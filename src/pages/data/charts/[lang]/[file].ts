/**
 * Each chart as SVG and PNG, per language and per state a reader can reach with its controls
 * (src/charts/states.ts): the chart rendered alone in that state, framed with the title, and
 * the subtitle (naming the state), legend and source of the chart's model.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, type ChartId } from '../../../../charts/catalog.ts';
import { CHART_STATES, parseStateFileName, stateFileName } from '../../../../charts/states.ts';
import { chartModel } from '../../../../components/charts/models.ts';
import { LANGS, ui, type Lang } from '../../../../i18n/index.ts';
import { standaloneChartSvg } from '../../../../lib/share/chart-export.ts';
import { svgToPng } from '../../../../lib/share/raster.ts';
import { renderChartSvg } from '../../../../lib/share/render-chart.ts';
import { labelledText } from '../../../../i18n/punctuation.ts';

export const getStaticPaths = (() =>
  LANGS.flatMap((lang) =>
    CHARTS.flatMap((c) => CHART_STATES[c.id].flatMap((state) => ['svg', 'png'].map((ext) => ({ params: { lang, file: `${stateFileName(c.id, state)}.${ext}` } })))),
  )) satisfies GetStaticPaths;

/** The SVG and the PNG of a state are the same image: rendered once per build. */
const framed = new Map<string, Promise<string>>();
function framedSvg(id: ChartId, lang: Lang, state: string, site: URL): Promise<string> {
  const key = `${lang}/${id}/${state}`;
  if (!framed.has(key))
    framed.set(
      key,
      renderChartSvg(id, lang, state, site).then((chartSvg) => {
        const model = chartModel(id, lang, state);
        return standaloneChartSvg({ chartSvg, title: CHARTS.find((c) => c.id === id)!.title[lang], subtitle: model.subtitle, source: labelledText(ui(lang).source, model.source, lang), legend: model.legend });
      }),
    );
  return framed.get(key)!;
}

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const file = params.file as string;
  const ext = file.slice(file.lastIndexOf('.') + 1) as 'svg' | 'png';
  const named = parseStateFileName(file.slice(0, file.lastIndexOf('.')), CHARTS.map((c) => c.id as ChartId));
  if (!named) throw new Error(`No chart state for ${file}`);
  const svg = await framedSvg(named.id, lang, named.state, site!);
  if (ext === 'svg') return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
  return new Response(new Uint8Array(svgToPng(svg, 1600)), { headers: { 'content-type': 'image/png' } });
};
