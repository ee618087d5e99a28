import type { TimelineEvent } from '../data/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { labelledColumns } from './columns.ts';
import type { ChartTable } from './table-model.ts';
import { eraOf, laneOf } from './timeline.ts';

export type TimelineColumn = 'date' | 'actor' | 'title_nl' | 'title_en' | 'category' | 'lane' | 'era' | 'source_id' | 'locator';

const COLUMNS: readonly TimelineColumn[] = ['date', 'actor', 'title_nl', 'title_en', 'category', 'lane', 'era', 'source_id', 'locator'];

/** An event's title as plain text in a language (the titles are content: src/content/timeline/). */
export type EventTitle = (id: string, lang: Lang) => string;

/** Every timeline event with its era, lane and provenance: the partners chart's table and CSV. `columns`: the labels in both languages. */
export function timelineTable(timeline: readonly TimelineEvent[], titleOf: EventTitle, columns: Record<Lang, Record<TimelineColumn, string>>): ChartTable {
  return {
    columns: labelledColumns(COLUMNS, columns),
    rows: [...timeline]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((e) => ({
        date: e.date,
        actor: e.actor,
        title_nl: titleOf(e.id, 'nl'),
        title_en: titleOf(e.id, 'en'),
        category: e.category,
        lane: laneOf(e.actor).id,
        era: eraOf(e.date).id,
        source_id: e.source_id,
        locator: e.locator,
      })),
  };
}
