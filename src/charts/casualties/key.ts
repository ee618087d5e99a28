/** The casualty chart's key: on the page above the chart, and as legend items for exported images. */
import { DEATHS_BY, type DeathsBy } from '../../data/types.ts';
import type { LegendItem } from '../legend.ts';
import { markerPath, keyArrow, CASUALTY_MARKER } from './marks.ts';
import { REPORTER_SHAPES, reporterIndex, type CasualtyAttack, type CasualtyWords } from './model.ts';

/** One entry of the chart's key: a reporter's mark, or an arrow for open-ended figures (1: more than, -1: at most). */
export type CasualtyKeyItem = { reporter: DeathsBy; label: string } | { arrow: 1 | -1; label: string };

/** The key above the chart: the reporters the attacks use, then the arrows their figures need. */
export function casualtyKey(attacks: readonly CasualtyAttack[], words: CasualtyWords): CasualtyKeyItem[] {
  const used = DEATHS_BY.filter((r) => attacks.some((a) => a.figures.some((f) => f.reporter === r)));
  const hasMore = attacks.some((a) => a.figures.some((f) => f.bound === 'more_than' || f.bound === 'at_least'));
  const hasAtMost = attacks.some((a) => a.figures.some((f) => f.bound === 'at_most'));
  return [
    ...used.map((reporter) => ({ reporter, label: words.reporters[reporter] })),
    ...(hasMore ? [{ arrow: 1 as const, label: words.keyMoreThan }] : []),
    ...(hasAtMost ? [{ arrow: -1 as const, label: words.keyAtMost }] : []),
  ];
}

/** The key as legend items for an exported image: each mark as the SVG the chart draws. */
export function casualtyLegend(attacks: readonly CasualtyAttack[], words: CasualtyWords): LegendItem[] {
  return casualtyKey(attacks, words).map((k) => {
    if ('reporter' in k) {
      const mark = `<path class="cas-mark" d="${markerPath(REPORTER_SHAPES[k.reporter], 8, 8, CASUALTY_MARKER)}"></path>`;
      return { swatch: `rep-${reporterIndex(k.reporter)}`, mark, label: k.label };
    }
    const a = keyArrow(k.arrow);
    return { swatch: '', mark: `<path class="cas-arrow" d="${a.shaft}"></path> <path class="cas-arrowhead" d="${a.head}"></path>`, label: k.label };
  });
}
