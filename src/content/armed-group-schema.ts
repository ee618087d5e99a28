/**
 * The frontmatter of an armed group's card text (src/content/armed-groups/<lang>/<group-id>.mdoc);
 * the body is the card's description. Where the group operates comes from data/armed-groups.csv.
 */
import { z } from 'astro/zod';
import { armedGroups } from '../data/select.ts';

const GROUPS = armedGroups.map((g) => g.group);

export const armedGroupSchema = z
  .object({
    /** The group's name in data/armed-groups.csv, which links the text to where the group is active. */
    group: z.string().refine((name) => GROUPS.includes(name), { message: `not a group in data/armed-groups.csv (${GROUPS.join(', ')})` }),
    /** Which list of the chapter the card is in: `{% armed-groups kind="jihadist" %}`. */
    kind: z.enum(['jihadist', 'other']),
    /** The card's heading. */
    name: z.string().min(1),
    /** Only where the data's aliases are descriptions (in English) rather than names; else the data's are shown. */
    aliases: z.array(z.string().min(1)).min(1).optional(),
    affiliation: z.string().min(1),
  })
  .strict();

export type ArmedGroupMeta = z.infer<typeof armedGroupSchema>;
