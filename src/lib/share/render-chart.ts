/** Renders a chart component to HTML at build time (Astro's container API), for the image downloads. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ChartById from '../../components/charts/ChartById.astro';
import type { Lang } from '../../i18n/index.ts';

let container: AstroContainer | null = null;

export async function renderChartHtml(id: string, lang: Lang, site: URL): Promise<string> {
  container ??= await AstroContainer.create({ astroConfig: { site: site.href } });
  return container.renderToString(ChartById, { props: { id, lang, mode: 'embed' } });
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

/** The first legend the chart shows (series key or map legend): swatch class and label per item. */
export function legendItems(html: string): { swatch: string; label: string; mark?: string }[] {
  const key = html.match(/<ul class="cas-key"[\s\S]*?<\/ul>/)?.[0];
  if (key) {
    // Marker keys: the reporter's shape (a 16 × 16 path) or an arrow, then the label.
    return [...key.matchAll(/<li\b[^>]*>\s*<svg class="([^"]*)"[^>]*>([\s\S]*?)<\/svg>([\s\S]*?)<\/li>/g)].map((m) => ({
      swatch: (m[1] ?? '').split(/\s+/).find((c) => /^rep-\d$/.test(c)) ?? '',
      mark: (m[2] ?? '').replace(/\sdata-astro-cid-\w+/g, '').trim(),
      label: strip(m[3] ?? ''),
    }));
  }
  const block = html.match(/<ul class="series-key"[\s\S]*?<\/ul>/)?.[0] ?? html.match(/<div class="map-legend"[\s\S]*?<\/ul>/)?.[0] ?? '';
  return [...block.matchAll(/<li\b[^>]*>\s*<span class="([^"]*)"[^>]*><\/span>([\s\S]*?)<\/li>/g)].map((m) => ({
    swatch: (m[1] ?? '').split(/\s+/).find((c) => /^(series-\d|q\d|d\d|q-none|dot)$/.test(c)) ?? '',
    label: strip(m[2] ?? ''),
  }));
}

/** The chart frame's subtitle and source line, as the page shows them. */
export function frameTexts(html: string): { subtitle: string; source: string } {
  const subtitle = strip(html.match(/class="chart-frame__subtitle"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '');
  const source = strip(html.match(/class="chart-frame__source[^"]*"[^>]*>\s*<span[^>]*>([\s\S]*?)<\/span>/)?.[1] ?? '');
  return { subtitle, source };
}
