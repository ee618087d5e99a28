/** A region's displaced people, and those the report places in no region. */
import type { Displacement, RegionCode } from '../../data/types.ts';

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
