/**
 * The story's chapters in order: stable English slugs (the same in both languages, used
 * for anchors and share links), titles and descriptions. The list lives in the
 * frontmatter of src/content/story/<lang>/<id>.mdoc; this module only reads it.
 */
import { readChapters, type Chapter } from '../content/chapters.ts';

export type SectionInfo = Chapter;

const FILES = import.meta.glob<string>('../content/story/*/*.mdoc', { query: '?raw', import: 'default', eager: true });

export const SECTIONS: readonly SectionInfo[] = readChapters(FILES);

export function section(id: string): SectionInfo {
  const s = SECTIONS.find((x) => x.id === id);
  if (!s) throw new Error(`Unknown section ${id}`);
  return s;
}
