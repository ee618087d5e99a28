/**
 * Content collections: the story's chapters, one Markdoc file per chapter per language (src/content/story/<lang>/<id>.mdoc),
 * and the armed groups' card texts (src/content/armed-groups/<lang>/<group-id>.mdoc).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './content/schema.ts';
import { armedGroupSchema } from './content/armed-group-schema.ts';
import { regionSchema } from './content/region-schema.ts';
import { frontSchema, pageSchema, regionSummarySchema } from './content/page-schemas.ts';
import { glossarySchema } from './content/glossary-schema.ts';

const story = defineCollection({
  loader: glob({ pattern: '*/*.mdoc', base: './src/content/story' }),
  schema: chapterSchema,
});

const armedGroups = defineCollection({
  loader: glob({ pattern: '*/*.mdoc', base: './src/content/armed-groups' }),
  schema: armedGroupSchema,
});

// ── Chapter regions: the profiles' prose and the incident summaries, one file per region per language ──
const regions = defineCollection({ loader: glob({ pattern: '*/*.mdoc', base: './src/content/regions' }), schema: regionSchema });
const incidents = defineCollection({ loader: glob({ pattern: '*/*.mdoc', base: './src/content/incidents' }), schema: regionSchema });
// ── end regions ──

// ── Region summaries (the story's short part per region), the story's first screen, reference pages ──
const regionSummaries = defineCollection({ loader: glob({ pattern: '*/*.mdoc', base: './src/content/region-summaries' }), schema: regionSummarySchema });
const front = defineCollection({ loader: glob({ pattern: '*/*.mdoc', base: './src/content/front' }), schema: frontSchema });
const pages = defineCollection({ loader: glob({ pattern: '*/*.mdoc', base: './src/content/pages' }), schema: pageSchema });
// ── end ──

// ── Timeline event titles: one file per language, one `{% event id="…" %}` per row of data/timeline.csv ──
const timeline = defineCollection({ loader: glob({ pattern: '*/events.mdoc', base: './src/content/timeline' }) });
// ── end ──

// ── The glossary: names of groups, institutions and ACLED's types in every language, one JSON file per key ──
const glossary = defineCollection({ loader: glob({ pattern: '*.json', base: './src/content/glossary' }), schema: glossarySchema });
// ── end ──

export const collections = { glossary, timeline, story, 'armed-groups': armedGroups, regions, incidents, 'region-summaries': regionSummaries, front, pages };
