/** Figures cited in the region profiles of the chapter "Regio per regio / Region by region" (src/content/regions/). */
import { acled, acledNiger, acledRows, CURRENT, humanitarianFigure, REGION_COUNT_LOCATOR, type AcledQuery } from '../data/select.ts';
import type { AcledCount, Provenance, RegionCode } from '../data/types.ts';
import { typeRows } from '../charts/region-profile.ts';
import { derived, sourced } from './define.ts';
import type { DerivationKey, FigureDef } from './types.ts';

type Measure = 'incidents' | 'fatalities';
const AGAINST_CIVILIANS = 'violence_against_civilians';

/** An ACLED count for the research period: `acled.<area>.<name>.current`. */
function current(area: RegionCode, name: string, filter: Omit<AcledQuery, 'period' | 'area'>, measure: Measure = 'incidents'): FigureDef {
  const row = acled({ ...filter, period: CURRENT, area }, measure);
  return sourced(`acled.${area.toLowerCase()}.${name}.current`, row, row.value);
}

/** A value stated by one row. */
const stated = (id: string, row: AcledCount, measure: Measure) => sourced(id, row, row[measure]);

/** A sum over rows, labelled as derived with the rows behind it. */
function summed(id: string, rows: readonly AcledCount[], measure: Measure, derivation: DerivationKey, cited: readonly Provenance[] = rows): FigureDef {
  const value = rows.reduce((sum, r) => {
    const v = r[measure];
    if (v === null) throw new Error(`Figure ${id}: a row has no ${measure}`);
    return sum + v;
  }, 0);
  return { ...derived(id, value, [], derivation), from: cited };
}

/** A row of one of the report's tables (e.g. Dosso's Tabel 2), by its locator. */
function tableRow(area: RegionCode, locator: string, q: Omit<AcledQuery, 'area'>): AcledCount {
  const row = acledRows({ ...q, area }).find((r) => r.locator === locator);
  if (!row) throw new Error(`No ACLED row ${locator} for ${area} ${JSON.stringify(q)}`);
  return row;
}

// Tillabéri: abductions by actor; the deaths by type add up to less than the regional total.
const tillaberiTypeDeaths = typeRows(acledNiger, 'NE-6').filter((r) => r.level === 0 && r.fatalities !== null);

// Tahoua: one locality's battles (scope `place`), of the regional count.
const manseyka = acled({ period: CURRENT, area: 'NE-5', event_type: 'battles', scope: 'place', place: 'Muntseka/Manseyka' }, 'incidents');

// Diffa: the UN and police counts the report sets against ACLED's.
const diffa = (indicator: string, locator?: string) => {
  const row = humanitarianFigure({ area: 'NE-2', indicator, ...(locator ? { locator } : {}) });
  // Footnote 190 is the Diffa police's report; 189 and 191 the UN's figures.
  const by = row.locator.endsWith('voetnoot 190') ? 'police' : 'un';
  return sourced(`${by}.ne-2.${indicator.replaceAll('_', '-')}.2025-q1`, row, row.value);
};

// Dosso: Tabel 1's stated total and the sum of its rows; Tabel 2's deaths from violence against civilians.
const TABEL_1 = '§6.2, Tabel 1';
const TABEL_2 = '§6.2, Tabel 2';
const tabel1Rows = (['battles', AGAINST_CIVILIANS, 'explosions_remote_violence'] as const)
  .map((event_type) => acledRows({ period: CURRENT, area: 'NE-3', event_type }).find((r) => r.locator === TABEL_1 && r.incidents !== null))
  .filter((r): r is AcledCount => r !== undefined);

export const REGIONS_FIGURES: readonly FigureDef[] = [
  // Tillabéri
  current('NE-6', 'abductions', { event_type: AGAINST_CIVILIANS, sub_event_type: 'abduction_forced_disappearance' }),
  current('NE-6', 'abductions.issp', { event_type: AGAINST_CIVILIANS, sub_event_type: 'abduction_forced_disappearance', actor: 'ISSP' }),
  current('NE-6', 'abductions.jnim', { event_type: AGAINST_CIVILIANS, sub_event_type: 'abduction_forced_disappearance', actor: 'JNIM' }),
  summed(
    'acled.ne-6.fatalities-by-type.sum',
    tillaberiTypeDeaths.map((r) => ({ ...r.rows[0]!, fatalities: r.fatalities })),
    'fatalities',
    'sumOfDeathsByType',
    tillaberiTypeDeaths.flatMap((r) => r.rows),
  ),
  // Dosso
  stated('acled.ne-3.incidents.tabel-1-total', tableRow('NE-3', TABEL_1, { period: CURRENT }), 'incidents'),
  summed('acled.ne-3.incidents.tabel-1-rows', tabel1Rows, 'incidents', 'sumOfTabel1Rows'),
  // The text's 35, not Tabel 1's 36 (listed in data/discrepancies.csv).
  current('NE-3', 'incidents', { locator: REGION_COUNT_LOCATOR['NE-3'] }),
  stated('acled.ne-3.civilian-violence-fatalities.2024', tableRow('NE-3', TABEL_2, { period: { start: '2024-01-01', end: '2024-12-31' }, event_type: AGAINST_CIVILIANS }), 'fatalities'),
  stated('acled.ne-3.civilian-violence-fatalities.2025-01-05', tableRow('NE-3', TABEL_2, { period: { start: '2025-01-01', end: '2025-05-30' }, event_type: AGAINST_CIVILIANS }), 'fatalities'),
  current('NE-3', 'attacks-on-civilians', { event_type: AGAINST_CIVILIANS, sub_event_type: 'attack' }),
  current('NE-3', 'attacks-on-civilians.issp', { event_type: AGAINST_CIVILIANS, sub_event_type: 'attack', actor: 'ISSP' }),
  current('NE-3', 'attacks-on-civilians.dioundiou', { department: 'Dioundiou', event_type: AGAINST_CIVILIANS, sub_event_type: 'attack' }),
  current('NE-3', 'attacks-on-civilians.gaya', { department: 'Gaya', event_type: AGAINST_CIVILIANS, sub_event_type: 'attack' }),
  // Diffa
  current('NE-2', 'incidents', {}),
  diffa('security_incidents'),
  diffa('civilians_killed'),
  diffa('people_abducted', '§6.3, voetnoot 191'),
  diffa('people_abducted', '§6.3, voetnoot 190'),
  diffa('kidnapping_cases'),
  // Tahoua
  current('NE-5', 'battles', { event_type: 'battles' }),
  stated('acled.ne-5.battles.manseyka.current', manseyka, 'incidents'),
  // Maradi
  current('NE-4', 'incidents', {}),
  current('NE-4', 'incidents.madarounfa', { department: 'Madarounfa' }),
];
