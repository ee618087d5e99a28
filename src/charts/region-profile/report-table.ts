/** Dosso's two tables: one of the report's tables, rebuilt from the rows that carry its locator. */
import type { Period } from '../../data/query.ts';
import type { AcledCount, EventType, RegionCode } from '../../data/types.ts';

export interface ReportTableRow {
  event_type: EventType;
  cells: (AcledCount | null)[];
}

/** One of the report's tables, rebuilt from the rows that carry its locator. */
export function reportTable(acled: readonly AcledCount[], code: RegionCode, locator: string, periods: Period[]): ReportTableRow[] {
  const types: EventType[] = ['battles', 'violence_against_civilians', 'explosions_remote_violence', 'all'];
  return types.map((event_type) => ({
    event_type,
    cells: periods.map(
      (p) =>
        acled.find(
          (r) =>
            r.area === code &&
            r.department === null &&
            r.locator === locator &&
            r.period_start === p.start &&
            r.period_end === p.end &&
            r.event_type === event_type &&
            r.sub_event_type === 'all' &&
            r.actor === 'all',
        ) ?? null,
    ),
  }));
}
