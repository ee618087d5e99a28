/**
 * The addresses of a chart state as the README promises them (Dutch at the root, every
 * other language under its prefix: /en/, /fr/), written out here rather than taken from src/components/charts/state-paths.ts,
 * which needs Astro's i18n module and so runs only in the build.
 */
import type { ChartState } from '../../src/components/charts/states.ts';
import { queryString } from '../../src/components/charts/states.ts';
import { langPrefix, type Lang } from '../../src/i18n/lang.ts';

export { langPrefix };

export function stateAddresses(state: ChartState, lang: Lang) {
  const prefix = langPrefix(lang);
  return {
    share: `${prefix}/s/${state.chart}/${state.slug}/`,
    card: `/og/${lang}/${state.chart}/${state.slug}.png`,
    oembed: `/oembed/${lang}/${state.chart}/${state.slug}.json`,
    story: `${prefix}/${queryString(state.query)}#${state.chart}`,
    embed: `${prefix}/embed/${state.chart}/${queryString(state.query)}`,
  };
}
