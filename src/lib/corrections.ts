/**
 * The corrections of data/corrections.csv as the pages use them: newest first, each with a
 * stable anchor, and the correction (if any) of a data row, a chart or a chapter.
 */
import { corrections } from '../data/select.ts';
import type { Correction } from '../data/types.ts';
import { correctionKey } from '../data/pipeline/corrections.ts';
import { DATASETS } from '../data/pipeline/schemas.ts';

/** FNV-1a, 32 bits: a short, stable hash, so an anchor does not move when rows are added. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The anchor of a correction on the corrections pages: its date and a hash of what it corrects. */
export function correctionId(c: Pick<Correction, 'date' | 'dataset' | 'key' | 'was'>): string {
  return `c-${c.date}-${hash(`${c.dataset}|${c.key}|${c.was}`)}`;
}

/** Newest first; within a day, in file order. */
export const CORRECTIONS: readonly Correction[] = corrections.map((c, i) => ({ c, i })).sort((a, b) => b.c.date.localeCompare(a.c.date) || a.i - b.i).map(({ c }) => c);

/** The corrections of a chart or a chapter, newest first. */
export function correctionsOf(dataset: 'chart' | 'story', id: string): Correction[] {
  return CORRECTIONS.filter((c) => c.dataset === dataset && c.key === id);
}

const KEYED = DATASETS.filter((d) => d.name !== 'corrections');

/**
 * The newest correction of any of these data rows, or null. A row is recognised by its
 * dataset's key columns, so a copy of it ({ ...row, value }) counts too.
 */
export function correctionOfRows(rows: readonly object[]): Correction | null {
  for (const c of CORRECTIONS) {
    const schema = KEYED.find((d) => d.name === c.dataset);
    if (!schema) continue;
    const hit = rows.some((row) => {
      const record = row as Record<string, unknown>;
      return schema.key.every((col) => col in record) && correctionKey(schema, record) === c.key;
    });
    if (hit) return c;
  }
  return null;
}
