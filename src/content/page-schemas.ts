/**
 * Frontmatter of the content beside the story's chapters: the short part per region in the
 * story (src/content/region-summaries/), the story's first screen (src/content/front/) and
 * the reference pages (src/content/pages/).
 */
import { z } from 'astro/zod';
import { REGION_CODES } from '../data/types.ts';

/** A region's short part in the story; the file name is its slug (src/lib/regions.ts). */
export const regionSummarySchema = z
  .object({
    code: z.enum(REGION_CODES as [string, ...string[]]),
    /** One sentence: the region page's description (search results, link previews). */
    description: z.string().min(1),
  })
  .strict();

/** The story's first screen: the headline that says the point; the body is the standfirst, the date of the sources and the key figures. */
export const frontSchema = z
  .object({
    headline: z.string().min(1),
    /** One sentence for link previews of the story. */
    description: z.string().min(1),
    /** The date of the sources, as precise as it is said ("stand juli 2025"): YYYY-MM. */
    asOf: z.string().regex(/^\d{4}-\d{2}$/),
  })
  .strict();

/** A reference page (/sources/): its title and one-sentence description. */
export const pageSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
  })
  .strict();
