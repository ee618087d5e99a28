/**
 * The glossary's entries read from their files (src/content/glossary/<key>.json), checked
 * against the same schema Astro's content layer uses. Plain TypeScript (no astro:content),
 * so tables, chart labels, share cards and tests get the names the pages render.
 */
import { glossarySchema, type GlossaryEntry } from './glossary-schema.ts';

export type Glossary = ReadonlyMap<string, GlossaryEntry>;

/** `files` maps a path ending in `<key>.json` to its parsed JSON. Throws on a bad entry or a data name claimed twice. */
export function readGlossary(files: Record<string, unknown>): Glossary {
  const entries = new Map<string, GlossaryEntry>();
  const owner = new Map<string, string>();
  for (const [path, json] of Object.entries(files)) {
    const key = /([a-z0-9-]+)\.json$/.exec(path)?.[1];
    if (!key) throw new Error(`${path}: a glossary file is named by its key (lower case, digits, hyphens)`);
    const parsed = glossarySchema.safeParse(json);
    if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
    for (const name of parsed.data.data) {
      const other = owner.get(name);
      if (other) throw new Error(`${path}: the data name "${name}" is already in ${other}.json`);
      owner.set(name, key);
    }
    entries.set(key, parsed.data);
  }
  return entries;
}
