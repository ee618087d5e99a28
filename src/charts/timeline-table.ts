import type { TimelineEvent } from '../data/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { labelledColumns } from './columns.ts';
import type { ChartTable } from './table-model.ts';
import { eraOf, laneOf } from './timeline.ts';

/** One title column per language (`title_nl`, `title_en`, `title_fr`): the table and CSV carry the event in every language the site has. */
type TitleColumn = `title_${Lang}`;
export type TimelineColumn = 'date' | 'actor' | TitleColumn | 'category' | 'lane' | 'era' | 'source_id' | 'locator';

/** An event's title as plain text in a language (the titles are content: src/content/timeline/). */
export type EventTitle = (id: string, lang: Lang) => string;

/** Every timeline event with its era, lane and provenance: the partners chart's table and CSV. `columns`: the labels in every language, whose keys also name the title columns. */
export function timelineTable(timeline: readonly TimelineEvent[], titleOf: EventTitle, columns: Record<Lang, Record<TimelineColumn, string>>): ChartTable {
  const langs = Object.keys(columns) as Lang[];
  const titleColumns = langs.map((lang): TitleColumn => `title_${lang}`);
  const keys: readonly TimelineColumn[] = ['date', 'actor', ...titleColumns, 'category', 'lane', 'era', 'source_id', 'locator'];
  return {
    columns: labelledColumns(keys, columns).map((c) => {
      const lang = langs.find((l) => c.key === `title_${l}`);
      return lang ? { ...c, lang } : c;
    }),
    rows: [...timeline]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((e) => ({
        date: e.date,
        actor: e.actor,
        ...Object.fromEntries(langs.map((lang) => [`title_${lang}`, titleOf(e.id, lang)])),
        category: e.category,
        lane: laneOf(e.actor).id,
        era: eraOf(e.date).id,
        source_id: e.source_id,
        locator: e.locator,
      })),
  };
}
