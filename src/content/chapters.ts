/**
 * The story's chapters, read from the frontmatter of src/content/story/<lang>/<id>.mdoc.
 * Plain TypeScript (no astro:content), so share pages, 404 pages and tests outside Astro
 * get the same list the story page renders.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { LANGS, type Lang } from '../i18n/index.ts';
import { chapterSchema, type ChapterMeta } from './schema.ts';

export interface Chapter {
  id: string;
  order: number;
  title: Record<Lang, string>;
  description: Record<Lang, string>;
}

/** `files` maps a path ending in `<lang>/<id>.mdoc` to its text. Throws on anything that does not add up. */
export function readChapters(files: Record<string, string>): Chapter[] {
  const metas = new Map<string, Partial<Record<Lang, ChapterMeta>>>();
  for (const [path, text] of Object.entries(files)) {
    const [, folder, name = ''] = /([a-z]+)\/([^/]+)\.mdoc$/.exec(path) ?? [];
    const lang = LANGS.find((l) => l === folder);
    if (!lang) throw new Error(`${path}: not under a language folder (${LANGS.map((l) => `${l}/`).join(', ')})`);
    const parsed = chapterSchema.safeParse(parseFrontmatter(text).frontmatter);
    if (!parsed.success) throw new Error(`${path}: frontmatter: ${parsed.error.message}`);
    if (parsed.data.id !== name) throw new Error(`${path}: id "${parsed.data.id}" differs from the file name`);
    metas.set(name, { ...metas.get(name), [lang]: parsed.data });
  }
  const chapters = [...metas].map(([id, byLang]) => toChapter(id, byLang));
  chapters.sort((a, b) => a.order - b.order);
  chapters.forEach((c, i) => {
    if (c.order !== i + 1) throw new Error(`Chapter ${c.id}: order ${c.order}, expected ${i + 1} (orders run 1, 2, 3… without gaps)`);
  });
  return chapters;
}

function toChapter(id: string, byLang: Partial<Record<Lang, ChapterMeta>>): Chapter {
  const metas = LANGS.map((lang) => {
    const meta = byLang[lang];
    if (!meta) throw new Error(`Chapter ${id}: no ${lang}/${id}.mdoc`);
    return [lang, meta] as const;
  });
  const orders = new Set(metas.map(([, meta]) => meta.order));
  if (orders.size > 1) throw new Error(`Chapter ${id}: orders differ between languages (${metas.map(([lang, m]) => `${m.order} in ${lang}`).join(', ')})`);
  const each = (key: 'title' | 'description') => Object.fromEntries(metas.map(([lang, meta]) => [lang, meta[key]])) as Record<Lang, string>;
  return { id, order: metas[0]![1].order, title: each('title'), description: each('description') };
}
