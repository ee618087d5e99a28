/** Renders a chart component to HTML at build time (Astro's container API), for the image downloads and share cards. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ChartById from '../../components/charts/ChartById.astro';
import type { StateQuery } from '../../components/charts/states.ts';
import type { Lang } from '../../i18n/index.ts';

let container: AstroContainer | null = null;

export async function renderChartHtml(id: string, lang: Lang, site: URL, state: StateQuery = {}): Promise<string> {
  container ??= await AstroContainer.create({ astroConfig: { site: site.href } });
  return container.renderToString(ChartById, { props: { id, lang, mode: 'embed', state } });
}

const strip = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .trim();

/** The chart frame's subtitle, as the page shows it. */
export function frameSubtitle(html: string): string {
  return strip(html.match(/class="chart-frame__subtitle"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '');
}
