/** The order of the region subsections. */
import type { RegionCode } from '../../data/types.ts';

/** The report's order (§6.1 … §6.8), which is also the order of the subsections. */
export const PROFILE_ORDER: readonly RegionCode[] = ['NE-6', 'NE-3', 'NE-2', 'NE-5', 'NE-4', 'NE-1', 'NE-7', 'NE-8'];
