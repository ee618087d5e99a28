/**
 * One glossary entry (src/content/glossary/<key>.json): a group's, an institution's, a country's or one of
 * ACLED's types' names in every language of the site, shared by key. The schema is built from
 * LANGS, so an entry without one of the languages fails the build.
 */
import { z } from 'astro/zod';
import { LANGS, type Lang } from '../i18n/lang.ts';

const names = z
  .object({
    /** What the text, tables and charts call it: an abbreviation or a short name. */
    short: z.string().min(1),
    /** Written out, for the first mention; for ACLED's types the label with ACLED's own English term. */
    full: z.string().min(1),
  })
  .strict();

export type TermNames = z.infer<typeof names>;

const byLang = Object.fromEntries(LANGS.map((lang) => [lang, names])) as Record<Lang, typeof names>;

export const glossarySchema = z
  .object({
    kind: z.enum(['group', 'institution', 'country', 'actor', 'acled-type']),
    /** The names the data files (data/*.csv) give it, which pages show in the reader's language. */
    data: z.array(z.string().min(1)).default([]),
    /** ACLED's own English term, for its types. */
    acled: z.string().min(1).optional(),
    ...byLang,
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossarySchema>;
