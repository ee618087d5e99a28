/** The frontmatter of a region profile (src/content/regions/<lang>/<slug>.mdoc) and of a region's incident summaries (src/content/incidents/). */
import { z } from 'astro/zod';
import { REGION_CODES } from '../data/types.ts';

export const regionSchema = z
  .object({
    /** The region's ISO code; the file name is its slug (src/lib/regions.ts). */
    code: z.enum(REGION_CODES as [string, ...string[]]),
    /** False where the report gives its own tables instead (Dosso): no table of incidents by type. */
    typeTable: z.boolean().default(true),
    /** Regions shown around this one on its small map (Niamey sits inside Tillabéri). */
    mapFocus: z.array(z.enum(REGION_CODES as [string, ...string[]])).optional(),
  })
  .strict();
