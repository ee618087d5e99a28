/**
 * The embed codes a host pastes, read from the built site (dist/) as readers and consumers
 * get them, with the origin it was built for replaced by the one it is served from.
 */
import { siteOrigin } from '../../scripts/lib/site-url.ts';
import { langPrefix, type Lang } from '../../src/i18n/lang.ts';
import { readDist } from './dist.ts';

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** A chart's iframe embed code: the `html` of its embed page's oEmbed. */
export function embedCode(chart: string, lang: Lang, origin: string): string {
  const { html } = JSON.parse(readDist(`/oembed/${lang}/${chart}.json`)) as { html: string };
  return html.split(siteOrigin()).join(origin);
}

/** A chart state's static (image) embed code, as the "Embed" box on the chart's own page shows it. */
export function staticEmbedCode(chart: string, slug: string, lang: Lang, origin: string): string {
  const chartPage = readDist(`${langPrefix(lang)}/charts/${chart}/index.html`);
  const code = chartPage.match(new RegExp(`<pre id="${chart}-static-${slug}"[^>]*><code>([\\s\\S]*?)</code></pre>`))?.[1];
  if (!code) throw new Error(`No static embed code for ${chart} ${slug} (${lang})`);
  return unescape(code).split(siteOrigin()).join(origin);
}
