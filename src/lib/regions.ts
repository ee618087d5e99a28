import type { RegionCode } from '../data/types.ts';

/** Stable English slugs for the region subsections, the same in both languages. */
export const REGION_SLUGS: Record<RegionCode, string> = {
  'NE-1': 'agadez',
  'NE-2': 'diffa',
  'NE-3': 'dosso',
  'NE-4': 'maradi',
  'NE-5': 'tahoua',
  'NE-6': 'tillaberi',
  'NE-7': 'zinder',
  'NE-8': 'niamey',
};

export function regionSlug(code: RegionCode): string {
  return REGION_SLUGS[code];
}
