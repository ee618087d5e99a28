/** A region's notable incidents: the rows of incidents.csv grouped by date and place, each death figure once. */
import { valueQualifier } from '../../data/query.ts';
import type { DeathsBy, Incident, Killed, RegionCode, ValueQualifier } from '../../data/types.ts';
import type { RegionProfileWords } from './words.ts';

/** Who died, as a key of the dictionaries' `charts.regionProfile.victims`. */
export type VictimWord = keyof RegionProfileWords['victims'];

export interface DeathFigure {
  rows: Incident[];
  deaths_by: DeathsBy;
  min: number | null;
  max: number | null;
  /** How the source qualifies the number (the row's `qualifier`). */
  qualifier: ValueQualifier;
  killed: Killed | null;
  victims: VictimWord;
}

export interface IncidentEvent {
  key: string;
  date: string;
  place: string | null;
  department: string | null;
  actor: string;
  target: string;
  figures: DeathFigure[];
  rows: Incident[];
}

/** The profile's noun for whose deaths a toll counts (the `killed` column). */
const VICTIMS: Record<Killed, VictimWord> = {
  civilians: 'civilian',
  soldiers: 'soldier',
  gendarmes: 'gendarme',
  attackers: 'attacker',
  militants: 'militant',
  neutralised: 'militantNeutralised',
  mixed: 'death',
  unknown: 'person',
};

/** Who died: ACLED codes the deaths of a whole incident, all sides together. */
function victimsOf(row: Incident): VictimWord {
  if (row.deaths_by === 'acled' && row.killed === 'mixed') return 'acledDeath';
  if (row.killed === null) throw new Error(`data/incidents.csv: the toll of ${row.date} ${row.place ?? ''} (${row.locator}) says no one killed`);
  return VICTIMS[row.killed];
}

export function regionIncidents(incidents: readonly Incident[], code: RegionCode): IncidentEvent[] {
  const events = new Map<string, IncidentEvent>();
  for (const row of incidents.filter((i) => i.area === code)) {
    const key = `${row.date}|${row.place ?? ''}`;
    const ev = events.get(key) ?? { key, date: row.date, place: row.place, department: row.department, actor: row.actor, target: row.target, figures: [], rows: [] };
    ev.rows.push(row);
    if (row.deaths_min !== null || row.deaths_max !== null) {
      const qualifier = valueQualifier(row.qualifier);
      const victims = victimsOf(row);
      // The same figure from the same kind of source, said twice in the report, is shown once with both locators;
      // two targets with the same noun are still two groups of dead.
      const same = ev.figures.find((f) => f.deaths_by === row.deaths_by && f.min === row.deaths_min && f.max === row.deaths_max && f.qualifier === qualifier && f.killed === row.killed && f.rows[0]?.target === row.target);
      if (same) same.rows.push(row);
      else ev.figures.push({ rows: [row], deaths_by: row.deaths_by, min: row.deaths_min, max: row.deaths_max, qualifier, killed: row.killed, victims });
    }
    events.set(key, ev);
  }
  // A month-only date sorts after the days of that month (the report gives no day, so it is not placed before them).
  const sortKey = (d: string) => (d.length === 7 ? `${d}-32` : d);
  return [...events.values()].sort((a, b) => sortKey(a.date).localeCompare(sortKey(b.date)));
}
