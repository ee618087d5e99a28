/**
 * Data for the eight region subsections of chapter 7: key ACLED figures, incidents by type,
 * department counts with their seat towns, notable incidents, armed groups and displacement.
 * Pure functions over the typed datasets; the components only render what these return.
 */
import { changePct, CURRENT, firstAcled, per100k, PREVIOUS, regionIn, type Period } from '../data/query.ts';
import type { AcledCount, ArmedGroup, DeathsBy, Displacement, EventType, Incident, Place, Region, RegionCode, SubEventType, ValueQualifier } from '../data/types.ts';
import type { Lang } from '../i18n/index.ts';
import { TYPE_ORDER } from '../lib/labels.ts';

/** The report's order (§6.1 … §6.8), which is also the order of the subsections. */
export const PROFILE_ORDER: readonly RegionCode[] = ['NE-6', 'NE-3', 'NE-2', 'NE-5', 'NE-4', 'NE-1', 'NE-7', 'NE-8'];

type Pair = { nl: string; en: string };

/* ------------------------------------------------------------------ key figures */

export interface Counted {
  value: number;
  row: AcledCount;
}

export interface Derived {
  value: number;
  from: AcledCount[] | (AcledCount | Region)[];
}

export interface RegionTotals {
  region: Region;
  population: number | null;
  incidents: Counted | null;
  deaths: Counted | null;
  incidentsBefore: Counted | null;
  deathsBefore: Counted | null;
  incidentsChange: Derived | null;
  deathsChange: Derived | null;
  deathsPer100k: Derived | null;
}

function counted(acled: readonly AcledCount[], period: Period, area: RegionCode, measure: 'incidents' | 'fatalities'): Counted | null {
  const row = firstAcled(acled, { period, area }, measure);
  return row ? { value: row[measure] as number, row } : null;
}

function change(now: Counted | null, before: Counted | null): Derived | null {
  if (!now || !before || before.value === 0) return null;
  return { value: changePct(now.value, before.value), from: [now.row, before.row] };
}

export function regionTotals(acled: readonly AcledCount[], regions: readonly Region[], code: RegionCode): RegionTotals {
  const r = regionIn(regions, code);
  const incidentsNow = counted(acled, CURRENT, code, 'incidents');
  const deathsNow = counted(acled, CURRENT, code, 'fatalities');
  const incidentsBefore = counted(acled, PREVIOUS, code, 'incidents');
  const deathsBefore = counted(acled, PREVIOUS, code, 'fatalities');
  return {
    region: r,
    population: r.population,
    incidents: incidentsNow,
    deaths: deathsNow,
    incidentsBefore,
    deathsBefore,
    incidentsChange: change(incidentsNow, incidentsBefore),
    deathsChange: change(deathsNow, deathsBefore),
    deathsPer100k: deathsNow && r.population ? { value: per100k(deathsNow.value, r.population), from: [deathsNow.row, r] } : null,
  };
}

/* ------------------------------------------------------------------ incidents by type */

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
 * Region-wide rows for the research period. Rows the curators marked as a single locality
 * (note starting "LOCALITY") are left out: they are not the region's count.
 */
function regionRows(acled: readonly AcledCount[], code: RegionCode, period: Period = CURRENT): AcledCount[] {
  return acled.filter(
    (r) => r.area === code && r.department === null && r.period_start === period.start && r.period_end === period.end && !(r.note ?? '').startsWith('LOCALITY'),
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

/* ------------------------------------------------------------------ Dosso's two tables */

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

/* ------------------------------------------------------------------ departments and seat towns */

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
export function measureNoun(d: Pick<DepartmentCount, 'event_type' | 'sub_event_type'>, lang: Lang, n: number): string {
  const one = n === 1;
  if (d.event_type === 'battles') return lang === 'nl' ? (one ? 'gewapend treffen' : 'gewapende treffens') : one ? 'armed clash' : 'armed clashes';
  if (d.event_type === 'violence_against_civilians' && d.sub_event_type === 'attack')
    return lang === 'nl' ? (one ? 'aanval op burgers' : 'aanvallen op burgers') : one ? 'attack on civilians' : 'attacks on civilians';
  return lang === 'nl' ? (one ? 'incident' : 'incidenten') : one ? 'incident' : 'incidents';
}

/* ------------------------------------------------------------------ notable incidents */

export interface DeathFigure {
  rows: Incident[];
  deaths_by: DeathsBy;
  min: number | null;
  max: number | null;
  /** How the source qualifies the number. `at_least` is the report's "minstens"/"zeker". */
  qualifier: ValueQualifier | 'at_least';
  victims: Pair & { one: Pair };
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

const N = (nlOne: string, nl: string, enOne: string, en: string) => ({ nl, en, one: { nl: nlOne, en: enOne } });

/** Who died, from the row's target (deaths in these rows are among the target). */
const VICTIMS: Record<string, ReturnType<typeof N>> = {
  'civilians (mainly Djerma)': N('burger', 'burgers', 'civilian', 'civilians'),
  army: N('militair', 'militairen', 'soldier', 'soldiers'),
  'attacking militants (suspected ISSP)': N('aanvaller', 'aanvallers', 'attacker', 'attackers'),
  'civilians (village of Libiri; bus passengers at Kokorou)': N('burger', 'burgers', 'civilian', 'civilians'),
  'National Guard position': N('militair', 'militairen', 'soldier', 'soldiers'),
  'army (nine army canoes)': N('militair', 'militairen', 'soldier', 'soldiers'),
  'civilians at a mosque (Friday prayer)': N('burger', 'burgers', 'civilian', 'civilians'),
  'bus passengers (civilians)': N('passagier', 'passagiers', 'passenger', 'passengers'),
  'armed group (suspected JNIM)': N('strijder', 'strijders', 'militant', 'militants'),
  'armed group (probably ISSP)': N('strijder', 'strijders', 'militant', 'militants'),
  'army patrol': N('militair', 'militairen', 'soldier', 'soldiers'),
  'military post': N('militair', 'militairen', 'soldier', 'soldiers'),
  'civilians (village)': N('burger', 'burgers', 'civilian', 'civilians'),
  'army position': N('militair', 'militairen', 'soldier', 'soldiers'),
  militants: N('strijder “geneutraliseerd”', 'strijders “geneutraliseerd”', 'militant “neutralised”', 'militants “neutralised”'),
  motorcyclists: N('motorrijder “geneutraliseerd”', 'motorrijders “geneutraliseerd”', 'motorcyclist “neutralised”', 'motorcyclists “neutralised”'),
  'Toubou herders (civilians)': N('herder', 'herders', 'herder', 'herders'),
  civilians: N('burger', 'burgers', 'civilian', 'civilians'),
  civilian: N('burger', 'burgers', 'civilian', 'civilians'),
  'vehicle (IED)': N('dode', 'doden', 'person', 'people'),
  'soldiers guarding the oil pipeline': N('militair', 'militairen', 'soldier', 'soldiers'),
  'attackers (suspected ISSP)': N('aanvaller', 'aanvallers', 'attacker', 'attackers'),
  'military patrol': N('militair', 'militairen', 'soldier', 'soldiers'),
  'military camp and gendarmerie post': N('militair', 'militairen', 'soldier', 'soldiers'),
  gendarmes: N('gendarme', 'gendarmes', 'gendarme', 'gendarmes'),
  'MPLJ militants': N('MPLJ-strijder', 'MPLJ-strijders', 'MPLJ fighter', 'MPLJ fighters'),
  'military checkpoint': N('militair', 'militairen', 'soldier', 'soldiers'),
};

/** Rows where the target is not who died, or the figure counts more than deaths. Keyed date|place|target|deaths_by. */
const VICTIM_OVERRIDES: Record<string, ReturnType<typeof N>> = {
  // §6.7: "Vier leden van de groep komen daarbij om" — the dead were the attackers, not the convoy.
  '2025-01-20|between Koulele and Tesker|military convoy|report': N('lid van de aanvallende groep', 'leden van de aanvallende groep', 'member of the attacking group', 'members of the attacking group'),
  // §6.3: ISWAP gives one number for soldiers killed and wounded together.
  '2025-03-16|Chetima Wangou|army position|claimed_by_perpetrator': N(
    'militair gedood of gewond (één cijfer)',
    'militairen gedood en gewond (één cijfer)',
    'soldier killed or wounded (one figure)',
    'soldiers killed and wounded (one figure)',
  ),
};

/** ACLED codes the deaths of a whole incident, all sides together. */
const ACLED_DEATHS = N('dode in het hele incident', 'doden in het hele incident', 'death in the whole incident', 'deaths in the whole incident');
const ANY_DEATHS = N('dode', 'doden', 'death', 'deaths');

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

function hasOverride(row: Incident): boolean {
  return `${row.date}|${row.place}|${row.target}|${row.deaths_by}` in VICTIM_OVERRIDES;
}

function victimsOf(row: Incident): DeathFigure['victims'] {
  if (row.deaths_by === 'acled') return ACLED_DEATHS;
  return VICTIM_OVERRIDES[`${row.date}|${row.place}|${row.target}|${row.deaths_by}`] ?? VICTIMS[row.target] ?? ANY_DEATHS;
}

export function regionIncidents(incidents: readonly Incident[], code: RegionCode): IncidentEvent[] {
  const events = new Map<string, IncidentEvent>();
  for (const row of incidents.filter((i) => i.area === code)) {
    const key = `${row.date}|${row.place ?? ''}`;
    const ev = events.get(key) ?? { key, date: row.date, place: row.place, department: row.department, actor: row.actor, target: row.target, figures: [], rows: [] };
    ev.rows.push(row);
    if (row.deaths_min !== null || row.deaths_max !== null) {
      // An override's noun already says what the number is (e.g. killed and wounded together), so no "at most".
      const qualifier = hasOverride(row) && qualifierOf(row) === 'at_most' ? 'exact' : qualifierOf(row);
      const victims = victimsOf(row);
      // The same figure from the same kind of source, said twice in the report, is shown once with both locators.
      const same = ev.figures.find((f) => f.deaths_by === row.deaths_by && f.min === row.deaths_min && f.max === row.deaths_max && f.qualifier === qualifier && f.victims === victims);
      if (same) same.rows.push(row);
      else ev.figures.push({ rows: [row], deaths_by: row.deaths_by, min: row.deaths_min, max: row.deaths_max, qualifier, victims });
    }
    events.set(key, ev);
  }
  // A month-only date sorts after the days of that month (the report gives no day, so it is not placed before them).
  const sortKey = (d: string) => (d.length === 7 ? `${d}-32` : d);
  return [...events.values()].sort((a, b) => sortKey(a.date).localeCompare(sortKey(b.date)));
}

/** Who gave the figure. */
export function reporterLabel(by: DeathsBy, lang: Lang): string {
  const labels: Record<DeathsBy, Pair> = {
    official: { nl: 'volgens de overheid of het leger', en: 'according to the government or army' },
    claimed_by_perpetrator: { nl: 'claim van de aanvallende groep', en: 'claimed by the attacking group' },
    other_sources: { nl: 'volgens andere bronnen', en: 'according to other sources' },
    acled: { nl: 'volgens ACLED', en: 'according to ACLED' },
    report: { nl: 'volgens de COI Focus', en: 'according to the COI Focus' },
  };
  return labels[by][lang];
}

/** Places as the data writes them ("near X", "between X and Y"), in the page's language. */
export function placeLabel(place: string | null, lang: Lang): string {
  if (place === null) return lang === 'nl' ? 'plaats niet vermeld' : 'place not given';
  if (lang === 'en') return place.replace('; ', ' and ').replace(' (town)', '').replace(' (counter-operation)', ', counter-operation');
  return place
    .replace(/^near /, 'bij ')
    .replace(/^around /, 'rond ')
    .replace(/^between (.+) and (.+)$/, 'tussen $1 en $2')
    .replace('(suburb of Niamey)', '(buitenwijk van Niamey)')
    .replace(' (town)', '')
    .replace('(commune)', '(gemeente)')
    .replace(' (counter-operation)', ', tegenoffensief')
    .replace('; ', ' en ');
}

/* ------------------------------------------------------------------ armed groups */

export interface GroupPresence {
  group: ArmedGroup;
  /** Departments named for this region, in the usual spelling; empty when only the region is named. */
  departments: string[];
}

export function regionGroups(armedGroups: readonly ArmedGroup[], code: RegionCode): GroupPresence[] {
  return armedGroups.flatMap((g) => {
    const entries = (g.active_in ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s === code || s.startsWith(`${code}/`));
    if (entries.length === 0) return [];
    const departments = [...new Set(entries.filter((s) => s.includes('/')).map((s) => departmentName(s.slice(code.length + 1))))];
    return [{ group: g, departments }];
  });
}

const GROUP_LABELS: Record<string, Pair> = {
  'bandits / criminal gangs': { nl: 'Bandieten en criminele bendes', en: 'Bandits and criminal gangs' },
  'self-defence militias': { nl: 'Zelfverdedigingsmilities', en: 'Self-defence militias' },
  JAS: { nl: 'JAS (Boko Haram)', en: 'JAS (Boko Haram)' },
};

export function groupLabel(group: string, lang: Lang): string {
  return GROUP_LABELS[group]?.[lang] ?? group;
}

/* ------------------------------------------------------------------ displacement */

export function regionDisplacement(displacement: readonly Displacement[], code: RegionCode): Displacement | null {
  return displacement.find((d) => d.area === code && d.population_group === 'idp') ?? null;
}

/** IDPs the report places in no region: the national count minus the regions it names (derived). */
export function unallocatedIdps(displacement: readonly Displacement[]): { value: number; from: Displacement[] } | null {
  const national = displacement.find((d) => d.area === 'NE' && d.population_group === 'idp' && d.origin === null && d.count !== null);
  if (!national) return null;
  const regional = displacement.filter((d) => d.area !== 'NE' && d.population_group === 'idp' && d.date === national.date && d.count !== null);
  return { value: (national.count as number) - regional.reduce((s, d) => s + (d.count as number), 0), from: [national, ...regional] };
}
