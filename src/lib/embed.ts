/**
 * The code a host page pastes. Both kinds are a <figure> whose <figcaption> holds the
 * chart's title, its source line and a plain link to the chart on the site, so a CMS
 * that strips the iframe, the script or the image still shows what it was and where to
 * find it.
 */
import type { ChartInfo } from '../charts/catalog.ts';
import { statePaths } from '../components/charts/state-paths.ts';
import { stateTitle, type ChartState } from '../components/charts/states.ts';
import { fill } from '../i18n/fill.ts';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { ui, type Lang } from '../i18n/index.ts';
import { labelledText } from '../i18n/punctuation.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function caption(o: { title: string; source: string; href: string; lang: Lang }): string {
  const t = ui(o.lang);
  return [
    `<figcaption>`,
    `<strong>${escapeHtml(o.title)}</strong><br>`,
    `${escapeHtml(labelledText(t.source, o.source, o.lang))}<br>`,
    `<a href="${escapeHtml(o.href)}">${escapeHtml(fill(t.frame.viewOnSite, { site: t.siteTitle }))}</a>`,
    `</figcaption>`,
  ].join('\n');
}

/** The iframe in its figure, plus the optional resize script (see public/embed.js). `query` puts the chart in a state ("?m=fatalities"). */
export function embedSnippet(chart: ChartInfo, lang: Lang, origin: string, source: string, query = ''): string {
  const src = `${origin}${getRelativeLocaleUrl(lang, `/embed/${chart.id}/`)}${query}`;
  const title = escapeHtml(chart.title[lang]);
  return [
    `<figure data-niger-embed-figure="${chart.id}">`,
    `<iframe src="${escapeHtml(src)}" title="${title}" data-niger-embed="${chart.id}" data-height-narrow="${chart.embedHeight.narrow}" data-height-wide="${chart.embedHeight.wide}" style="width:100%;height:${chart.embedHeight.wide}px;border:0" loading="lazy"></iframe>`,
    caption({ title: chart.title[lang], source, href: `${origin}${getRelativeLocaleUrl(lang, '/')}${query}#${chart.id}`, lang }),
    `</figure>`,
    `<script async src="${origin}/embed.js"></script>`,
  ].join('\n');
}

/** The alt text of a state's image: the chart, its state and its source. */
export function stateImageAlt(state: ChartState, lang: Lang, source: string): string {
  return fill(ui(lang).share.states.imageAlt, { chart: stateTitle(state, lang), source: labelledText(ui(lang).source, source, lang) });
}

/** For newsletters and apps that allow no iframes: the state's PNG, linked to its share page, in the same figure. */
export function staticEmbedSnippet(state: ChartState, lang: Lang, origin: string, source: string): string {
  const paths = statePaths(state, lang);
  const href = `${origin}${paths.share}`;
  return [
    `<figure data-niger-static-embed="${state.chart}">`,
    `<a href="${escapeHtml(href)}"><img src="${origin}${paths.card}" alt="${escapeHtml(stateImageAlt(state, lang, source))}" width="1200" height="630" style="max-width:100%;height:auto"></a>`,
    caption({ title: stateTitle(state, lang), source, href, lang }),
    `</figure>`,
  ].join('\n');
}
