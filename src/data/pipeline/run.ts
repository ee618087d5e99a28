import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { AcledCount, Discrepancy, Displacement, Region, Source } from '../types.ts';
import { parseCsv } from './csv.ts';
import { emitDatasetModule, emitJsonModule } from './emit.ts';
import { dataError, type DataError } from './errors.ts';
import { validateNeighbourTopology, validateRegionTopology } from './geo.ts';
import { DATASETS, type DatasetSchema } from './schemas.ts';
import { checkAcledSums, checkDisplacementSums, type SumMismatch } from './sums.ts';
import type { LocatedRecord } from './validate.ts';
import { validateTable } from './validate.ts';

export interface DatasetSummary {
  name: string;
  file: string;
  rows: number;
  sourceIds: string[];
}

export interface PipelineResult {
  /** Generated module file name → its text; empty when there are errors. */
  modules: Map<string, string>;
  errors: DataError[];
  summaries: DatasetSummary[];
}

const SUM_CHECK_PREFIXES = ['types ', 'sub-types ', 'regions ', 'departments ', 'origins '];
const GEO_FILES = { regions: 'geo/niger-regions.topojson', neighbours: 'geo/neighbours.topojson' } as const;

function readText(dataDir: string, file: string): string | null {
  try {
    return readFileSync(join(dataDir, file), 'utf8');
  } catch {
    return null;
  }
}

function readTopology(dataDir: string, file: string, label: string, errors: DataError[]): Topology | null {
  const text = readText(dataDir, file);
  if (text === null) {
    errors.push(dataError(label, 0, null, null, 'the file to exist'));
    return null;
  }
  try {
    const topology = JSON.parse(text) as Topology;
    if (topology.type !== 'Topology') throw new Error('not a topology');
    return topology;
  } catch (e) {
    errors.push(dataError(label, 0, null, null, `valid TopoJSON (${(e as Error).message})`));
    return null;
  }
}

function mismatchError(m: SumMismatch): DataError {
  const relation = m.complete ? 'the sum of its parts' : 'at least the sum of the parts given';
  return dataError(
    `data/${m.dataset}.csv`,
    m.line,
    m.column,
    String(m.total),
    `${relation}, ${m.partsSum} (${m.parts.join(' + ')}), or a row in data/discrepancies.csv with dataset "${m.dataset}" and key "${m.key}"`,
  );
}

/** Sum mismatches must be listed in discrepancies.csv, and listed sum checks must still mismatch. */
function reconcile(mismatches: SumMismatch[], listed: readonly LocatedRecord[]): DataError[] {
  const errors: DataError[] = [];
  const listedKeys = new Set(listed.map((l) => `${(l.record as unknown as Discrepancy).dataset}|${(l.record as unknown as Discrepancy).key}`));
  const found = new Set(mismatches.map((m) => `${m.dataset}|${m.key}`));
  for (const m of mismatches) if (!listedKeys.has(`${m.dataset}|${m.key}`)) errors.push(mismatchError(m));
  for (const l of listed) {
    const d = l.record as unknown as Discrepancy;
    const isSumCheck = SUM_CHECK_PREFIXES.some((p) => d.key.startsWith(p));
    if (isSumCheck && !found.has(`${d.dataset}|${d.key}`)) {
      errors.push(dataError('data/discrepancies.csv', l.line, 'key', d.key, 'a sum check that still fails; these figures now add up, so remove the row'));
    }
  }
  return errors;
}

/**
 * Reads every dataset in `dataDir`, validates it, cross-checks it and renders the typed
 * modules. Nothing is written here: the caller writes only when `errors` is empty.
 */
export function runPipeline(dataDir: string): PipelineResult {
  const errors: DataError[] = [];
  const validated = new Map<string, LocatedRecord[]>();
  let sourceIds = new Set<string>();

  for (const schema of DATASETS) {
    const label = `data/${schema.file}`;
    const raw = readText(dataDir, schema.file);
    if (raw === null) {
      errors.push(dataError(label, 0, null, null, 'the file to exist'));
      continue;
    }
    const { table, errors: parseErrors } = parseCsv(label, raw, Object.keys(schema.columns));
    errors.push(...parseErrors);
    if (!table) continue;
    const result = validateTable(label, table, schema, { sourceIds });
    errors.push(...result.errors);
    validated.set(schema.name, result.records);
    if (schema.name === 'sources') sourceIds = new Set(result.records.map((r) => (r.record as unknown as Source).source_id));
  }

  const records = <T>(name: string) => (validated.get(name) ?? []) as unknown as { line: number; record: T }[];
  const regionCodes = records<Region>('regions').map((r) => r.record.code);

  const regionsTopology = readTopology(dataDir, GEO_FILES.regions, `data/${GEO_FILES.regions}`, errors);
  if (regionsTopology) errors.push(...validateRegionTopology(`data/${GEO_FILES.regions}`, regionsTopology, regionCodes));
  const neighboursTopology = readTopology(dataDir, GEO_FILES.neighbours, `data/${GEO_FILES.neighbours}`, errors);
  if (neighboursTopology) errors.push(...validateNeighbourTopology(`data/${GEO_FILES.neighbours}`, neighboursTopology));

  const mismatches = [...checkAcledSums(records<AcledCount>('acled-niger')), ...checkDisplacementSums(records<Displacement>('displacement'))];
  errors.push(...reconcile(mismatches, validated.get('discrepancies') ?? []));

  const summaries: DatasetSummary[] = DATASETS.map((schema: DatasetSchema) => {
    const rows = validated.get(schema.name) ?? [];
    const ids = new Set(rows.map((r) => r.record.source_id).filter((s): s is string => typeof s === 'string'));
    return { name: schema.name, file: schema.file, rows: rows.length, sourceIds: [...ids].sort() };
  });

  const modules = new Map<string, string>();
  if (errors.length > 0) return { modules, errors, summaries };

  for (const schema of DATASETS) {
    modules.set(`${schema.name}.ts`, emitDatasetModule(schema, (validated.get(schema.name) ?? []).map((r) => r.record)));
  }
  const published = records<Source>('sources')
    .map((s) => s.record.published)
    .filter((p): p is string => p !== null)
    .sort();
  modules.set(
    'meta.ts',
    emitJsonModule('Summary of the datasets; `dataUpdated` is the newest source date, never the build clock.', {
      datasetSummaries: { type: 'readonly DatasetSummary[]', typeImport: "import type { DatasetSummary } from '../pipeline/run.ts';", value: summaries },
      dataUpdated: { type: 'string', typeImport: '', value: published.at(-1) ?? '' },
    }),
  );
  modules.set(
    'geo.ts',
    emitJsonModule('Boundaries: Natural Earth (public domain), from data/geo/.', {
      regionTopology: { type: 'Topology', typeImport: "import type { Topology } from 'topojson-specification';", value: regionsTopology },
      neighbourTopology: { type: 'Topology', typeImport: "import type { Topology } from 'topojson-specification';", value: neighboursTopology },
    }),
  );
  return { modules, errors, summaries };
}
