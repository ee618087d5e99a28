import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { armedGroupSchema } from '../../src/content/armed-group-schema.ts';
import { armedGroups } from '../../src/data/index.ts';

const DIR = new URL('../../src/content/armed-groups/', import.meta.url).pathname;
const read = (lang: string) =>
  readdirSync(join(DIR, lang))
    .filter((f) => f.endsWith('.mdoc'))
    .sort()
    .map((file) => ({ file, meta: armedGroupSchema.parse(parseFrontmatter(readFileSync(join(DIR, lang, file), 'utf8')).frontmatter) }));

describe('armed-group card texts (src/content/armed-groups/)', () => {
  it('have valid frontmatter, one file per group in data/armed-groups.csv in each language', () => {
    for (const lang of ['nl', 'en', 'fr']) expect(read(lang).map((e) => e.meta.group).sort()).toEqual(armedGroups.map((g) => g.group).sort());
  });

  it('name the same group with the same kind under the same file name in nl, en and fr', () => {
    const pairs = (lang: string) => read(lang).map((e) => [e.file, e.meta.group, e.meta.kind]);
    for (const lang of ['en', 'fr']) expect(pairs(lang)).toEqual(pairs('nl'));
  });

  it('refuse a group that is not in the data and an unknown kind', () => {
    const meta = { group: 'JNIM', kind: 'jihadist', name: 'JNIM', affiliation: 'al-Qaida' };
    expect(armedGroupSchema.safeParse(meta).success).toBe(true);
    expect(armedGroupSchema.safeParse({ ...meta, group: 'Nobody' }).success).toBe(false);
    expect(armedGroupSchema.safeParse({ ...meta, kind: 'rebel' }).success).toBe(false);
  });
});
