/**
 * Where the armed groups operate: `active_in` of data/armed-groups.csv parsed into
 * regions (NE-1…NE-8, highlighted on the small maps), departments (listed in text) and
 * areas outside Niger (named in text only). Pure, so cards, table and CSV agree.
 */
import { REGION_CODES, type ArmedGroup, type Region, type RegionCode } from '../data/types.ts';
import type { UiStrings } from '../i18n/strings.ts';

/** The armed groups' words in the page's language (`armedGroups` of a dictionary). */
export type ArmedGroupWords = UiStrings['armedGroups'];
import type { ChartTable } from './table-model.ts';
import { columnLabel } from './column-labels.ts';
import { departmentName } from './region-profile/departments.ts';

export interface ParsedAreas {
  /** Regions in the order the data lists them, including those only named through a department. */
  regions: RegionCode[];
  /** Departments per region, in the order the data lists them. */
  departments: { region: RegionCode; names: string[] }[];
  /** Codes outside Niger (e.g. Nigerian states), in data order. */
  elsewhere: string[];
}

export interface GroupAreas extends ParsedAreas {
  group: ArmedGroup;
}

const isRegion = (code: string): code is RegionCode => (REGION_CODES as readonly string[]).includes(code);

/** "NE-6; NE-6/Téra; NG-KE" → regions, departments and other areas. */
export function parseActiveIn(activeIn: string | null): ParsedAreas {
  const entries = (activeIn ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const regionList: RegionCode[] = [];
  const departments = new Map<RegionCode, string[]>();
  const elsewhere: string[] = [];
  for (const entry of entries) {
    const slash = entry.indexOf('/');
    const code = slash === -1 ? entry : entry.slice(0, slash);
    if (!isRegion(code)) {
      if (!elsewhere.includes(entry)) elsewhere.push(entry);
      continue;
    }
    if (!regionList.includes(code)) regionList.push(code);
    if (slash !== -1) {
      // The report's variant spellings (Gotheye, Ouallem) shown as everywhere else on the site.
      const name = departmentName(entry.slice(slash + 1).trim());
      const list = departments.get(code) ?? [];
      if (name !== '' && !list.includes(name)) list.push(name);
      departments.set(code, list);
    }
  }
  return {
    regions: regionList,
    departments: regionList.filter((c) => departments.has(c)).map((c) => ({ region: c, names: departments.get(c)! })),
    elsewhere,
  };
}

/** The groups in the order the chapter shows them. */
export const GROUP_ORDER = ['JAS', 'ISWAP', 'ISSP', 'JNIM', 'Lakurawa', 'bandits / criminal gangs', 'self-defence militias', 'MPLJ', 'FPL'] as const;

export function groupAreas(armedGroups: readonly ArmedGroup[]): GroupAreas[] {
  const rank = (g: string) => {
    const i = (GROUP_ORDER as readonly string[]).indexOf(g);
    return i === -1 ? GROUP_ORDER.length : i;
  };
  return [...armedGroups].sort((a, b) => rank(a.group) - rank(b.group)).map((group) => ({ group, ...parseActiveIn(group.active_in) }));
}

export function regionName(regions: readonly Region[], code: RegionCode): string {
  return regions.find((r) => r.code === code)?.name ?? code;
}

/** Areas outside Niger that the data names by ISO 3166-2 code; the dictionaries name the country. */
const FOREIGN_AREAS: Record<string, { name: string; country: keyof UiStrings['armedGroups']['countries'] }> = {
  'NG-KE': { name: 'Kebbi', country: 'NG' },
  'NG-SO': { name: 'Sokoto', country: 'NG' },
};

/** "Kebbi (Nigeria)"; unknown codes are shown as they are. */
export function foreignAreaName(code: string, words: ArmedGroupWords): string {
  const area = FOREIGN_AREAS[code];
  return area ? `${area.name} (${words.countries[area.country]})` : code;
}

/** Areas abroad grouped by country: [{ country: "Nigeria", names: ["Kebbi", "Sokoto"] }]. */
export function foreignAreasByCountry(codes: readonly string[], words: ArmedGroupWords): { country: string; names: string[] }[] {
  const groups: { country: string; names: string[] }[] = [];
  for (const code of codes) {
    const area = FOREIGN_AREAS[code];
    const country = area ? words.countries[area.country] : words.outsideNiger;
    const name = area ? area.name : code;
    const group = groups.find((g) => g.country === country);
    if (group) group.names.push(name);
    else groups.push({ country, names: [name] });
  }
  return groups;
}

/** "Tillabéri, Tahoua en Dosso" / "Tillabéri, Tahoua and Dosso". */
export function listText(items: readonly string[], words: ArmedGroupWords): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${words.and}${items[items.length - 1]}`;
}

/** A dictionary template with its {placeholders} filled in. */
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** Accessible name of a group's small map. */
export function mapLabel(name: string, areas: ParsedAreas, regions: readonly Region[], groupWords: ArmedGroupWords): string {
  const words = groupWords.map;
  const regionNames = areas.regions.map((c) => regionName(regions, c));
  const outside = foreignAreasByCountry(areas.elsewhere, groupWords).map((g) => `${listText(g.names, groupWords)} (${g.country})`);
  const base = regionNames.length > 0 ? fill(words.highlighted, { name, regions: listText(regionNames, groupWords) }) : fill(words.noRegion, { name });
  if (outside.length > 0) return base + fill(words.outside, { areas: listText(outside, groupWords) });
  return regionNames.length > 0 ? base : base + words.noArea;
}

/** One row per group: the regions, departments and areas abroad the data gives, with provenance. */
/** The CSV is in English: `english` is the English dictionary's `armedGroups`. */
export function armedGroupsMapTable(armedGroups: readonly ArmedGroup[], regions: readonly Region[], english: ArmedGroupWords): ChartTable {
  return {
    columns: [
      { key: 'group', label: columnLabel('group') },
      { key: 'regions', label: columnLabel('regions') },
      { key: 'departments', label: columnLabel('departments') },
      { key: 'outside_niger', label: columnLabel('outsideNiger') },
      { key: 'source_id', label: columnLabel('source') },
      { key: 'locator', label: columnLabel('locator') },
    ],
    rows: groupAreas(armedGroups).map((g) => ({
      group: g.group.group,
      regions: g.regions.map((c) => `${regionName(regions, c)} (${c})`).join('; ') || null,
      departments: g.departments.flatMap((d) => d.names.map((n) => `${n} (${regionName(regions, d.region)})`)).join('; ') || null,
      outside_niger: g.elsewhere.map((c) => foreignAreaName(c, english)).join('; ') || null,
      source_id: g.group.source_id,
      locator: g.group.locator,
    })),
  };
}
