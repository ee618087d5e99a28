/** The casualty chart's data: one row per incident row used, with provenance. */
import { columnLabel } from '../column-labels.ts';
import type { ChartTable } from '../table-model.ts';
import type { CasualtyAttack, CasualtyWords } from './model.ts';
import { attackerLabel, attackTitle } from './text.ts';
import type { Lang } from '../../i18n/lang.ts';

/**
 * The CSV is in English with codes: `words` is the English dictionary's `charts.casualties`.
 * Given a page's language (and its words), the same rows read in that language: the attack,
 * attacker, the dead and who reported them in words, for the table a reader sees.
 */
export function casualtyTable(attacks: readonly CasualtyAttack[], words: CasualtyWords, lang?: Lang): ChartTable {
  return {
    columns: [
      { key: 'attack', label: columnLabel('attack') },
      { key: 'date', label: columnLabel('date') },
      { key: 'attacker', label: columnLabel('attacker') },
      { key: 'victims', label: columnLabel('dead') },
      { key: 'reported_by', label: columnLabel('reportedBy') },
      { key: 'deaths_min', label: columnLabel('minimum'), numeric: true },
      { key: 'deaths_max', label: columnLabel('maximum'), numeric: true },
      { key: 'qualifier', label: columnLabel('qualifier') },
      { key: 'killed', label: columnLabel('killed') },
      { key: 'bound', label: columnLabel('kindOfFigure') },
      { key: 'source_id', label: columnLabel('source') },
      { key: 'locator', label: columnLabel('locator') },
    ],
    rows: attacks.flatMap((a) =>
      a.figures.flatMap((f) =>
        f.rows.map((r) => ({
          attack: attackTitle(a, words, lang ?? 'en'),
          date: r.date,
          attacker: lang ? attackerLabel(a.attacker, words, lang) : a.attacker,
          victims: words.victims[f.victims],
          reported_by: lang ? words.reporters[f.reporter] : f.reporter,
          deaths_min: r.deaths_min,
          deaths_max: r.deaths_max,
          qualifier: r.qualifier,
          killed: r.killed,
          bound: f.bound.replace('_', ' '),
          source_id: r.source_id,
          locator: r.locator,
        })),
      ),
    ),
  };
}
