import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { AcledCount, Discrepancy, Displacement, Region, Source } from '../types.ts';
import { parseCsv } from './csv.ts';
import { checkDisagreements } from './disagreements.ts';
import { checkCorrections } from './corrections.ts';
import { checkDiscrepancies } from './discrepancies.ts';
import { emitDatasetModule, emitJsonModule } from './emit.ts';
import { decodeUtf8 } from './encoding.ts';
import { dataError, errorLog, type DataError, type ErrorLog } from './errors.ts';
import { validateNeighbourTopology, validateRegionTopology } from './geo.ts';
import { readRegularFile } from './read.ts';
import { DATASETS, type DatasetSchema } from './schemas.ts';
import { checkAcledSums, checkDisplacementSums } from './sums.ts';
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
  /** The first ERROR_LIMIT problems, in the order found. */
  errors: DataError[];
  /** How many problems there are in all. */
  errorCount: number;
  summaries: DatasetSummary[];
}

const GEO_FILES = { regions: 'geo/niger-regions.topojson', neighbours: 'geo/neighbours.topojson' } as const;

/** A data file as UTF-8 text, or null after logging why it cannot be read. */
function readText(dataDir: string, file: string, log: ErrorLog): string | null {
  const label = `data/${file}`;
  const read = readRegularFile(join(dataDir, file));
  if ('problem' in read) {
    log.add(dataError(label, 0, null, null, read.problem));
    return null;
  }
  const decoded = decodeUtf8(label, read.bytes);
  if ('error' in decoded) {
    log.add(decoded.error);
    return null;
  }
  return decoded.text;
}

function readTopology(dataDir: string, file: string, log: ErrorLog): Topology | null {
  const text = readText(dataDir, file, log);
  if (text === null) return null;
  try {
    const topology = JSON.parse(text) as Topology;
    if (topology.type !== 'Topology') throw new Error('not a topology');
    return topology;
  } catch (e) {
    log.add(dataError(`data/${file}`, 0, null, null, `valid TopoJSON (${(e as Error).message})`));
    return null;
  }
}

/**
 * Reads every dataset in `dataDir`, validates it, cross-checks it and renders the typed
 * modules. Nothing is written here: the caller writes only when `errors` is empty.
 * Problems past ERROR_LIMIT are counted, not kept.
 */
export function runPipeline(dataDir: string): PipelineResult {
  const log = errorLog();
  const validated = new Map<string, LocatedRecord[]>();
  /** Datasets read without a problem: discrepancy keys are checked against these only, so one broken file is not also reported as every key into it. */
  const clean = new Map<string, LocatedRecord[]>();
  let sourceIds: Set<string> | null = null;

  for (const schema of DATASETS) {
    const label = `data/${schema.file}`;
    const raw = readText(dataDir, schema.file, log);
    if (raw === null) continue;
    const { table, errors: parseErrors } = parseCsv(label, raw, Object.keys(schema.columns));
    log.addAll(parseErrors);
    if (!table) continue;
    const result = validateTable(label, table, schema, { sourceIds }, log);
    validated.set(schema.name, result.records);
    if (parseErrors.length === 0 && result.problems === 0) clean.set(schema.name, result.records);
    if (schema.name === 'sources') sourceIds = new Set(result.records.map((r) => (r.record as unknown as Source).source_id));
  }

  const records = <T>(name: string) => (validated.get(name) ?? []) as unknown as { line: number; record: T }[];
  const regionCodes = records<Region>('regions').map((r) => r.record.code);

  const regionsTopology = readTopology(dataDir, GEO_FILES.regions, log);
  if (regionsTopology) log.addAll(validateRegionTopology(`data/${GEO_FILES.regions}`, regionsTopology, regionCodes));
  const neighboursTopology = readTopology(dataDir, GEO_FILES.neighbours, log);
  if (neighboursTopology) log.addAll(validateNeighbourTopology(`data/${GEO_FILES.neighbours}`, neighboursTopology));

  const checked = new Map([
    ['acled-niger', new Set<string>()],
    ['displacement', new Set<string>()],
  ]);
  const mismatches = [
    ...checkAcledSums(records<AcledCount>('acled-niger'), checked.get('acled-niger')),
    ...checkDisplacementSums(records<Displacement>('displacement'), checked.get('displacement')),
  ];
  log.addAll(checkDiscrepancies(validated.get('discrepancies') ?? [], { mismatches, checked }, clean));
  const listed = records<Discrepancy>('discrepancies').map((r) => r.record);
  for (const schema of DATASETS) log.addAll(checkDisagreements(schema, validated.get(schema.name) ?? [], listed));
  log.addAll(checkCorrections(validated.get('corrections') ?? [], clean));

  const summaries: DatasetSummary[] = DATASETS.map((schema: DatasetSchema) => {
    const rows = validated.get(schema.name) ?? [];
    const ids = new Set(rows.map((r) => r.record.source_id).filter((s): s is string => typeof s === 'string'));
    return { name: schema.name, file: schema.file, rows: rows.length, sourceIds: [...ids].sort() };
  });

  const modules = new Map<string, string>();
  const result = { modules, errors: [...log.kept], errorCount: log.total, summaries };
  if (log.total > 0) return result;

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
  return result;
}
