/** A region's notable incidents: the rows of incidents.csv grouped by date and place, each death figure once. */
import type { DeathsBy, Incident, RegionCode, ValueQualifier } from '../../data/types.ts';
import type { RegionProfileWords } from './words.ts';

/** Who died, as a key of the dictionaries' `charts.regionProfile.victims`. */
export type VictimWord = keyof RegionProfileWords['victims'];

export interface DeathFigure {
  rows: Incident[];
  deaths_by: DeathsBy;
  min: number | null;
  max: number | null;
  /** How the source qualifies the number. `at_least` is the report's "minstens"/"zeker". */
  qualifier: ValueQualifier | 'at_least';
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

/** Who died, from the row's target (deaths in these rows are among the target). */
const VICTIMS: Record<string, VictimWord> = {
  'civilians (mainly Djerma)': 'civilian',
  army: 'soldier',
  'attacking militants (suspected ISSP)': 'attacker',
  'civilians (village of Libiri; bus passengers at Kokorou)': 'civilian',
  'National Guard position': 'soldier',
  'army (nine army canoes)': 'soldier',
  'civilians at a mosque (Friday prayer)': 'civilian',
  'bus passengers (civilians)': 'passenger',
  'armed group (suspected JNIM)': 'militant',
  'armed group (probably ISSP)': 'militant',
  'army patrol': 'soldier',
  'military post': 'soldier',
  'civilians (village)': 'civilian',
  'army position': 'soldier',
  militants: 'militantNeutralised',
  motorcyclists: 'motorcyclistNeutralised',
  'Toubou herders (civilians)': 'herder',
  civilians: 'civilian',
  civilian: 'civilian',
  'vehicle (IED)': 'person',
  'soldiers guarding the oil pipeline': 'soldier',
  'attackers (suspected ISSP)': 'attacker',
  'military patrol': 'soldier',
  'military camp and gendarmerie post': 'soldier',
  gendarmes: 'gendarme',
  'MPLJ militants': 'mpljFighter',
  'military checkpoint': 'soldier',
};

/** Rows where the target is not who died, or the figure counts more than deaths. Keyed date|place|target|deaths_by. */
const VICTIM_OVERRIDES: Record<string, VictimWord> = {
  // §6.7: "Vier leden van de groep komen daarbij om" — the dead were the attackers, not the convoy.
  '2025-01-20|between Koulele and Tesker|military convoy|report': 'attackingGroupMember',
  // §6.3: ISWAP gives one number for soldiers killed and wounded together.
  '2025-03-16|Chetima Wangou|army position|claimed_by_perpetrator': 'soldierKilledOrWounded',
};

/**
 * How the source qualifies a death figure. The incidents dataset has no qualifier column: the
 * curators quote the report's word in the note ("about", "at least", "more than"), so it is read from there.
 */
function qualifierOf(row: Incident): DeathFigure['qualifier'] {
  const note = row.note ?? '';
  if (row.deaths_min !== null && row.deaths_max === null) return /more than/i.test(note) ? 'more_than' : 'at_least';
  if (row.deaths_min === null && row.deaths_max !== null) return 'at_most';
  if (/"about"/i.test(note)) return 'approx';
  return 'exact';
}

const overrideKey = (row: Incident) => `${row.date}|${row.place}|${row.target}|${row.deaths_by}`;

/**
 * Who died, and what decides it: figures are merged only when the same rule names their dead
 * (two targets with the same word are still two groups of dead). ACLED codes the deaths of a
 * whole incident, all sides together.
 */
function victimsOf(row: Incident): { word: VictimWord; by: string } {
  if (row.deaths_by === 'acled') return { word: 'acledDeath', by: 'acled' };
  const override = VICTIM_OVERRIDES[overrideKey(row)];
  if (override) return { word: override, by: `override:${overrideKey(row)}` };
  const target = VICTIMS[row.target];
  return target ? { word: target, by: `target:${row.target}` } : { word: 'death', by: 'any' };
}

export function regionIncidents(incidents: readonly Incident[], code: RegionCode): IncidentEvent[] {
  const events = new Map<string, IncidentEvent>();
  const decidedBy = new Map<DeathFigure, string>();
  for (const row of incidents.filter((i) => i.area === code)) {
    const key = `${row.date}|${row.place ?? ''}`;
    const ev = events.get(key) ?? { key, date: row.date, place: row.place, department: row.department, actor: row.actor, target: row.target, figures: [], rows: [] };
    ev.rows.push(row);
    if (row.deaths_min !== null || row.deaths_max !== null) {
      // An override's noun already says what the number is (e.g. killed and wounded together), so no "at most".
      const qualifier = overrideKey(row) in VICTIM_OVERRIDES && qualifierOf(row) === 'at_most' ? 'exact' : qualifierOf(row);
      const victims = victimsOf(row);
      // The same figure from the same kind of source, said twice in the report, is shown once with both locators.
      const same = ev.figures.find((f) => f.deaths_by === row.deaths_by && f.min === row.deaths_min && f.max === row.deaths_max && f.qualifier === qualifier && decidedBy.get(f) === victims.by);
      if (same) same.rows.push(row);
      else {
        const figure: DeathFigure = { rows: [row], deaths_by: row.deaths_by, min: row.deaths_min, max: row.deaths_max, qualifier, victims: victims.word };
        decidedBy.set(figure, victims.by);
        ev.figures.push(figure);
      }
    }
    events.set(key, ev);
  }
  // A month-only date sorts after the days of that month (the report gives no day, so it is not placed before them).
  const sortKey = (d: string) => (d.length === 7 ? `${d}-32` : d);
  return [...events.values()].sort((a, b) => sortKey(a.date).localeCompare(sortKey(b.date)));
}
