/** The armed groups the data places in a region, with the departments it names. */
import type { ArmedGroup, RegionCode } from '../../data/types.ts';
import { departmentName } from './departments.ts';
import type { RegionProfileWords } from './words.ts';

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

/** Groups whose data name is a description get a name from the dictionaries. */
const GROUP_WORDS: Record<string, keyof RegionProfileWords['groups']> = {
  'bandits / criminal gangs': 'bandits',
  'self-defence militias': 'selfDefence',
  JAS: 'jas',
};

export function groupLabel(group: string, words: RegionProfileWords): string {
  const key = GROUP_WORDS[group];
  return key ? words.groups[key] : group;
}
