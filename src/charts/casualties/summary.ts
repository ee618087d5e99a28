/**
 * The casualty chart's text alternative, after its point: what kind of chart it is and how
 * many attacks it shows. Every figure is in the data table, so it is not repeated here.
 */
import { fill } from '../../i18n/fill.ts';
import type { CasualtyAttack, CasualtyWords } from './model.ts';

export function casualtyChartKind(attacks: readonly CasualtyAttack[], words: CasualtyWords): string {
  return attacks.length === 1 ? words.summaryOne : fill(words.summaryMany, { count: String(attacks.length) });
}
