/** A region's department counts, with the department seat in places.csv. */
import { CURRENT } from '../../data/query.ts';
import type { AcledCount, EventType, Place, RegionCode, SubEventType } from '../../data/types.ts';
import { countNoun } from '../../i18n/count-noun.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { RegionProfileWords } from './words.ts';

/**
 * Report spellings of department names that differ from the seat town's spelling in
 * places.csv (accents alone are handled by normalising). Checked by hand against §3 and §6.
 */
const DEPARTMENT_ALIASES: Record<string, string> = {
  Ouallem: 'Ouallam',
  Baninbangou: 'Banibangou',
  Banbangou: 'Banibangou',
  Gotheye: 'Gothèye',
  Ayerou: 'Ayorou',
  Ayuerou: 'Ayorou',
  Flinigué: 'Filingué',
  Konni: "Birni N'Konni",
  Tchirozerine: 'Tchirozérine',
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .toLowerCase()
    .trim();

/** The department's name in the usual French spelling (the report's variants normalised). */
export function departmentName(name: string): string {
  return DEPARTMENT_ALIASES[name] ?? name;
}

/** The department seat in places.csv, in the same region, or null when the town is not in the file. */
export function seatTown(places: readonly Place[], department: string, code: RegionCode): Place | null {
  const wanted = fold(departmentName(department));
  return places.find((p) => p.region_code === code && fold(p.name) === wanted) ?? null;
}

export interface DepartmentCount {
  department: string;
  /** Usual spelling, for display. */
  name: string;
  /** What was counted: all incidents, armed clashes only, attacks on civilians only … */
  event_type: EventType;
  sub_event_type: SubEventType;
  incidents: number;
  row: AcledCount;
  town: Place | null;
}

export function departmentCounts(acled: readonly AcledCount[], places: readonly Place[], code: RegionCode): DepartmentCount[] {
  return acled
    .filter((r) => r.area === code && r.department !== null && r.period_start === CURRENT.start && r.period_end === CURRENT.end && r.incidents !== null)
    .map((r) => ({
      department: r.department as string,
      name: departmentName(r.department as string),
      event_type: r.event_type,
      sub_event_type: r.sub_event_type,
      incidents: r.incidents as number,
      row: r,
      town: seatTown(places, r.department as string, code),
    }))
    .sort((a, b) => b.incidents - a.incidents || a.name.localeCompare(b.name, 'fr'));
}

/** What a department count measures, singular and plural. */
export function measureNoun(d: Pick<DepartmentCount, 'event_type' | 'sub_event_type'>, words: RegionProfileWords, n: number, lang: Lang): string {
  const noun =
    d.event_type === 'battles'
      ? words.measures.armedClash
      : d.event_type === 'violence_against_civilians' && d.sub_event_type === 'attack'
        ? words.measures.attackOnCivilians
        : words.measures.incident;
  return countNoun(n, noun, lang);
}
