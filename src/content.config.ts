/** Content collections: the story's chapters, one Markdoc file per chapter per language (src/content/story/<lang>/<id>.mdoc). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './content/schema.ts';

const story = defineCollection({
  loader: glob({ pattern: '*/*.mdoc', base: './src/content/story' }),
  schema: chapterSchema,
});

export const collections = { story };
