/**
 * /data/datapackage.json: a Frictionless Data Package (v1, tabular) describing every CSV
 * under /data/. The curated datasets' fields come from the data step's schemas
 * (src/data/pipeline/schemas.ts, fields.ts) and their descriptions from field-docs.ts, so
 * a column added to a schema appears here by itself; the charts' CSVs come from their
 * table models. Pure: the page passes the data in.
 */
import type { ChartTable } from '../charts/table-model.ts';
import type { DatasetSummary } from './pipeline/run.ts';
import { FIELD_DOCS } from './pipeline/field-docs.ts';
import type { DatasetSchema } from './pipeline/schemas.ts';
import type { Source } from './types.ts';

/** A dataset file is offered at /data/<name>.csv when it sits in data/ itself (geo/ is processed into the maps). */
export function isDownload(summary: Pick<DatasetSummary, 'file'>): boolean {
  return !summary.file.includes('/');
}

/** RFC 4180, as papaparse writes and reads it; stated, so no validator has to guess from notes that open with a quote mark. */
const CSV_DIALECT = { delimiter: ',', quoteChar: '"', doubleQuote: true, header: true } as const;

interface PackageSource {
  title: string;
  path?: string;
}

export interface PackageInput {
  origin: string;
  title: string;
  schemas: readonly DatasetSchema[];
  summaries: readonly DatasetSummary[];
  sources: readonly Source[];
  charts: Readonly<Record<string, ChartTable>>;
  /** Where the site states the terms of reuse. */
  termsPath: string;
}

function sourceTitle(s: Source): string {
  return `${s.publisher}, ${s.title}${s.published ? ` (${s.published})` : ''}`;
}

function packageSource(s: Source): PackageSource {
  return s.url ? { title: sourceTitle(s), path: s.url } : { title: sourceTitle(s) };
}

/** Sources as the package lists them: each document, and where asked the data a document quotes ("ACLED, as quoted in …"). */
function sourcesOf(ids: readonly string[], all: readonly Source[], withQuoted = true): PackageSource[] {
  return all
    .filter((s) => ids.includes(s.source_id))
    .flatMap((s) => [packageSource(s), ...(withQuoted && s.quotes ? [{ title: `${s.quotes}, as quoted in ${sourceTitle(s)}` }] : [])]);
}

/** Columns whose presence marks a dataset of quoted counts, the rule of src/lib/cite/figure-citation.ts (isQuoted): ACLED event types, or a "reported by" column that can say ACLED. */
const QUOTED_COLUMNS = ['event_type', 'deaths_by'];

export function datasetResource(schema: DatasetSchema, summary: DatasetSummary, all: readonly Source[]) {
  const doc = FIELD_DOCS[schema.name];
  if (!doc) throw new Error(`src/data/pipeline/field-docs.ts: describe the dataset ${schema.name}`);
  const fields = Object.entries(schema.columns).map(([name, spec]) => {
    const description = doc.columns[name];
    if (!description) throw new Error(`src/data/pipeline/field-docs.ts: describe column "${name}" of ${schema.file}`);
    const { constraints, ...type } = spec.table;
    return { name, ...type, description, ...(Object.keys(constraints).length ? { constraints } : {}) };
  });
  return {
    name: schema.name,
    path: schema.file,
    profile: 'tabular-data-resource',
    title: doc.title,
    description: doc.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: CSV_DIALECT,
    schema: { fields, primaryKey: [...schema.key], missingValues: [''] },
    ...(summary.sourceIds.length ? { sources: sourcesOf(summary.sourceIds, all, QUOTED_COLUMNS.some((c) => c in schema.columns)) } : {}),
  };
}

export function chartResource(id: string, table: ChartTable, all: readonly Source[]) {
  const ids = [...new Set(table.rows.map((r) => r.source_id).filter((v): v is string => typeof v === 'string'))];
  return {
    name: `chart-${id}`,
    path: `charts/${id}.csv`,
    profile: 'tabular-data-resource',
    title: `Chart data: ${id}`,
    description: 'The data of one chart as shown on the site, with the source and locator of each row.',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: CSV_DIALECT,
    schema: {
      fields: table.columns.map((c) => ({ name: c.key, type: c.numeric ? 'number' : 'string', title: c.label.en, description: c.label.en })),
      missingValues: [''],
    },
    ...(ids.length ? { sources: sourcesOf(ids, all, false) } : {}),
  };
}

export function dataPackage(input: PackageInput) {
  const bySchema = new Map(input.schemas.map((s) => [s.name, s]));
  const datasets = input.summaries.filter(isDownload).map((summary) => {
    const schema = bySchema.get(summary.name);
    if (!schema) throw new Error(`No schema for the dataset ${summary.name}`);
    return datasetResource(schema, summary, input.sources);
  });
  const charts = Object.entries(input.charts).map(([id, table]) => chartResource(id, table, input.sources));
  return {
    profile: 'tabular-data-package',
    name: 'niger-security-explainer',
    title: input.title,
    description:
      'The curated figures behind the site: every row names its source document and where in it the figure stands (section, table, footnote). Conflict figures are ACLED data as quoted by CGRS/Cedoca; ACLED counts are estimates and its fatality counts conservative.',
    homepage: `${input.origin}/en/`,
    licenses: [{ name: 'other-at', title: 'Reuse with attribution to this site and to the original sources', path: `${input.origin}${input.termsPath}` }],
    sources: sourcesOf(
      input.sources.map((s) => s.source_id),
      input.sources,
    ),
    resources: [...datasets, ...charts],
  };
}
