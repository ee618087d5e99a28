import type { TimelineEvent } from '../data/types.ts';
import type { ChartTable } from './table-model.ts';
import { eraOf, laneOf } from './timeline.ts';

/** Every timeline event with its era, lane and provenance: the partners chart's table and CSV. */
export function timelineTable(timeline: readonly TimelineEvent[]): ChartTable {
  return {
    columns: [
      { key: 'date', label: { nl: 'Datum', en: 'Date' } },
      { key: 'actor', label: { nl: 'Actor', en: 'Actor' } },
      { key: 'title_nl', label: { nl: 'Gebeurtenis', en: 'Event (Dutch)' } },
      { key: 'title_en', label: { nl: 'Gebeurtenis (Engels)', en: 'Event' } },
      { key: 'category', label: { nl: 'Soort', en: 'Category' } },
      { key: 'lane', label: { nl: 'Rij in de grafiek', en: 'Chart lane' } },
      { key: 'era', label: { nl: 'Periode', en: 'Era' } },
      { key: 'source_id', label: { nl: 'Bron', en: 'Source' } },
      { key: 'locator', label: { nl: 'Vindplaats', en: 'Locator' } },
    ],
    rows: [...timeline]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((e) => ({
        date: e.date,
        actor: e.actor,
        title_nl: e.title_nl,
        title_en: e.title_en,
        category: e.category,
        lane: laneOf(e.actor).id,
        era: eraOf(e.date).id,
        source_id: e.source_id,
        locator: e.locator,
      })),
  };
}
