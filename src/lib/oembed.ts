/**
 * A chart's oEmbed response (type "rich") in one state: the figure-wrapped embed code and,
 * as thumbnail, the chart's own card in that state (not its chapter's).
 */
import { CHARTS } from '../charts/catalog.ts';
import { chartModel } from '../components/charts/models.ts';
import { statePaths } from '../components/charts/state-paths.ts';
import { exportStateOf, queryString, stateTitle, type ChartState } from '../components/charts/states.ts';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { ui, type Lang } from '../i18n/index.ts';
import { CARD } from './share/card.ts';
import { embedSnippet } from './embed.ts';

export function oembedResponse(state: ChartState, lang: Lang, origin: string): Response {
  const chart = CHARTS.find((c) => c.id === state.chart)!;
  const home = `${origin}${getRelativeLocaleUrl(lang, '/')}`;
  const body = {
    version: '1.0',
    type: 'rich',
    title: stateTitle(state, lang),
    provider_name: ui(lang).siteTitle,
    provider_url: home,
    author_name: ui(lang).siteTitle,
    author_url: home,
    html: embedSnippet(chart, lang, origin, chartModel(chart.id, lang, exportStateOf(state)).source, queryString(state.query)),
    width: 720,
    height: chart.embedHeight.wide,
    thumbnail_url: `${origin}${statePaths(state, lang).card}`,
    thumbnail_width: CARD.width,
    thumbnail_height: CARD.height,
    cache_age: 86400,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
