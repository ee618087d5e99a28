/** Renders a chart alone, in one state, to SVG at build time (Astro's container API), for the image downloads. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ChartById from '../../components/charts/ChartById.astro';
import type { ChartId } from '../../charts/catalog.ts';
import type { Lang } from '../../i18n/index.ts';

let container: AstroContainer | null = null;

/** The chart's wide SVG in `state`: the component renders nothing else in this mode, so nothing is cut out of a page. */
export async function renderChartSvg(id: ChartId, lang: Lang, state: string, site: URL): Promise<string> {
  container ??= await AstroContainer.create({ astroConfig: { site: site.href } });
  const html = (await container.renderToString(ChartById, { props: { id, lang, mode: 'embed', exportState: state } })).trim();
  if (!html.startsWith('<svg') || !html.endsWith('</svg>')) throw new Error(`Chart ${id} (${state}) did not render to one SVG: ${html.slice(0, 80)}…`);
  return html;
}
