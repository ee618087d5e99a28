/** The frontmatter of a chapter file, checked by Astro's content layer and by src/content/chapters.ts alike. */
import { z } from 'astro/zod';

export const chapterSchema = z
  .object({
    /** Stable English slug, the same in both languages and equal to the file name: anchors and share links use it. */
    id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
    /** Position in the story; the kicker ("Hoofdstuk 2") is made from it. */
    order: z.number().int().positive(),
    title: z.string().min(1),
    /** One sentence for link previews and the table of contents. */
    description: z.string().min(1),
  })
  .strict();

export type ChapterMeta = z.infer<typeof chapterSchema>;
