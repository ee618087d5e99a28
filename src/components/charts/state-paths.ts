/** The addresses of a chart state (src/components/charts/states.ts), in a language, by Astro's i18n routing. */
import { getRelativeLocaleUrl } from 'astro:i18n';
import type { Lang } from '../../i18n/index.ts';
import { queryString, type ChartState } from './states.ts';

/** Where a state's share page lives, its card, and the chart in that state in the story. */
export function statePaths(state: ChartState, lang: Lang) {
  return {
    share: getRelativeLocaleUrl(lang, `/s/${state.chart}/${state.slug}/`),
    card: `/og/${lang}/${state.chart}/${state.slug}.png`,
    oembed: `/oembed/${lang}/${state.chart}/${state.slug}.json`,
    story: `${getRelativeLocaleUrl(lang, '/')}${queryString(state.query)}#${state.chart}`,
    embed: `${getRelativeLocaleUrl(lang, `/embed/${state.chart}/`)}${queryString(state.query)}`,
  };
}
