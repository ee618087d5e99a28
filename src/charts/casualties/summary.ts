/** The casualty chart's text alternative: every attack and every figure, in words. */
import { fill } from '../../i18n/fill.ts';
import type { Lang } from '../../i18n/lang.ts';
import { VICTIM_ORDER, type CasualtyAttack, type CasualtyWords } from './model.ts';
import { attackerLabel, attackTitle, figureWords } from './text.ts';

export function casualtySummary(attacks: readonly CasualtyAttack[], words: CasualtyWords, lang: Lang): string {
  const intro = attacks.length === 1 ? words.summaryOne : fill(words.summaryMany, { count: String(attacks.length) });
  const parts = attacks.map((a) => {
    const groups = VICTIM_ORDER.flatMap((v) => {
      const figs = a.figures.filter((f) => f.victims === v);
      if (figs.length === 0) return [];
      return [`${words.victims[v]}: ${figs.map((f) => `${words.reporterWords[f.reporter]} ${figureWords(f, words, lang)}`).join(', ')}`];
    });
    return `${attackTitle(a, words, lang)}, ${attackerLabel(a.attacker, words, lang)}: ${groups.join('; ')}`;
  });
  return `${intro}${parts.join('. ')}.`;
}
