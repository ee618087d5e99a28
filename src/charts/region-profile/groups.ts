/** The armed groups the data places in a region, with the departments it names. */
import type { ArmedGroup, RegionCode } from '../../data/types.ts';
import { departmentName } from './departments.ts';
import { dataName } from '../../i18n/glossary.ts';
import type { Lang } from '../../i18n/lang.ts';

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

/** A group in the page's language, by the glossary (src/content/glossary/): "JNIM" → "GSIM" on French pages. */
export function groupLabel(group: string, lang: Lang): string {
  return dataName(group, lang);
}
