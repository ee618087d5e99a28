/**
 * Checks data/corrections.csv: every row names something that exists, so the corrections
 * page and feed link to it and the site can say on the figure that it was corrected.
 * - a dataset of data/: `key` is the row's key columns joined by " | " (empty ones stay
 *   empty), as `correctionKey` builds it; `now` "(removed)" names a row that is gone;
 * - `story`: `key` is a chapter id (src/content/story/<lang>/<id>.mdoc);
 * - `chart`: `key` is a chart id (src/charts/catalog.ts).
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHARTS } from '../../charts/catalog.ts';
import type { Correction } from '../types.ts';
import { cut, dataError, type DataError } from './errors.ts';
import { DATASETS, type DatasetSchema } from './schemas.ts';
import type { DataRecord, LocatedRecord } from './validate.ts';

const FILE = 'data/corrections.csv';
const STORY_DIR = resolve(import.meta.dirname, '../../content/story/nl');
export const REMOVED = '(removed)';

/** A row's key as corrections.csv writes it. */
export function correctionKey(schema: Pick<DatasetSchema, 'key'>, record: Readonly<DataRecord>): string {
  return schema.key.map((c) => (record[c] === null || record[c] === undefined ? '' : String(record[c]))).join(' | ');
}

export function chapterIds(dir = STORY_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdoc'))
    .map((f) => f.slice(0, -'.mdoc'.length));
}

export function checkCorrections(rows: readonly LocatedRecord[], clean: ReadonlyMap<string, readonly LocatedRecord[]>, chapters: readonly string[] = chapterIds()): DataError[] {
  const errors: DataError[] = [];
  const charts: readonly string[] = CHARTS.map((c) => c.id);
  const correctable = DATASETS.filter((d) => d.name !== 'corrections').map((d) => d.name);
  for (const { line, record } of rows) {
    const { dataset, key, now } = record as unknown as Correction;
    if (dataset === 'story' || dataset === 'chart') {
      const ids = dataset === 'story' ? chapters : charts;
      if (!ids.includes(key)) errors.push(dataError(FILE, line, 'key', key, `a ${dataset === 'story' ? 'chapter' : 'chart'} id: ${ids.join(' | ')}`));
      continue;
    }
    const schema = DATASETS.find((d) => d.name === dataset);
    if (!schema || !correctable.includes(dataset)) {
      errors.push(dataError(FILE, line, 'dataset', dataset, `story | chart | a dataset of data/: ${correctable.join(' | ')}`));
      continue;
    }
    const data = clean.get(dataset);
    if (!data) continue;
    const keys = new Set(data.map((r) => correctionKey(schema, r.record)));
    if (now === REMOVED && keys.has(key)) errors.push(dataError(FILE, line, 'key', key, `the key of a row no longer in data/${schema.file}, since "now" is "${REMOVED}"; this row is still there`));
    if (now !== REMOVED && !keys.has(key)) {
      const example = data[0] ? correctionKey(schema, data[0].record) : '';
      errors.push(dataError(FILE, line, 'key', key, `the key of a row of data/${schema.file}: its ${schema.key.join(', ')} joined by " | ", such as ${cut(example, 120)}`));
    }
  }
  return errors;
}
