/** A region's incidents by type, sub-type and actor, every distinct count the report gives. */
import { CURRENT, type Period } from '../../data/query.ts';
import type { AcledCount, EventType, RegionCode, SubEventType } from '../../data/types.ts';
import { TYPE_ORDER } from '../../lib/labels.ts';

/** A row of the region's type table: one distinct count the report gives for a type (and actor). */
export interface TypeRow {
  key: string;
  /** 0 = event type, 1 = sub-event type, 2 = actor within it. */
  level: 0 | 1 | 2;
  event_type: EventType;
  sub_event_type: SubEventType;
  actor: string;
  incidents: number | null;
  fatalities: number | null;
  rows: AcledCount[];
  /** True when the report gives another, different count for the same type: both rows are shown. */
  conflicting: boolean;
}

/**
 * Region-wide rows for the research period: the region's own counts (scope `total`), not a
 * locality's, a part's or one attack's.
 */
function regionRows(acled: readonly AcledCount[], code: RegionCode, period: Period = CURRENT): AcledCount[] {
  return acled.filter(
    (r) => r.area === code && r.department === null && r.period_start === period.start && r.period_end === period.end && r.scope === 'total',
  );
}

/** Rows for one type, merged where they give the same count (their locators add up), split where they differ. */
function distinctCounts(rows: AcledCount[]): { incidents: number | null; fatalities: number | null; rows: AcledCount[] }[] {
  const groups: { incidents: number | null; fatalities: number | null; rows: AcledCount[] }[] = [];
  for (const r of rows) {
    const same = groups.find((g) => g.incidents === r.incidents && (g.fatalities === r.fatalities || g.fatalities === null || r.fatalities === null));
    if (same) {
      same.rows.push(r);
      if (same.fatalities === null) same.fatalities = r.fatalities;
    } else groups.push({ incidents: r.incidents, fatalities: r.fatalities, rows: [r] });
  }
  return groups;
}

export function typeRows(acled: readonly AcledCount[], code: RegionCode): TypeRow[] {
  const all = regionRows(acled, code);
  const out: TypeRow[] = [];
  for (const [e, s] of TYPE_ORDER) {
    const forType = all.filter((r) => r.event_type === e && r.sub_event_type === s);
    // A sub-type without its type's row would read as part of the type above: add the type with no figures.
    if (s !== 'all' && forType.length > 0 && !out.some((r) => r.event_type === e)) {
      out.push({ key: `${e}/all/all/-`, level: 0, event_type: e, sub_event_type: 'all', actor: 'all', incidents: null, fatalities: null, rows: [], conflicting: false });
    }
    const actors = [...new Set(forType.map((r) => r.actor))].sort((a, b) => (a === 'all' ? -1 : b === 'all' ? 1 : 0));
    for (const actor of actors) {
      const groups = distinctCounts(forType.filter((r) => r.actor === actor));
      for (const g of groups) {
        out.push({
          key: `${e}/${s}/${actor}/${g.incidents ?? '-'}`,
          level: actor !== 'all' ? 2 : s === 'all' ? 0 : 1,
          event_type: e,
          sub_event_type: s,
          actor,
          incidents: g.incidents,
          fatalities: g.fatalities,
          rows: g.rows,
          conflicting: groups.length > 1,
        });
      }
    }
  }
  return out;
}
