/** The shape of a dataset's schema (schemas.ts lists them) and of the records its rows become. */
import type { FieldSpec } from './fields.ts';
import type { RowRule } from './rules.ts';

export type Columns = Readonly<Record<string, FieldSpec>>;

/** The record a dataset's rows become: each column's parsed type. */
export type RowOf<S extends { columns: Columns }> = {
  -readonly [K in keyof S['columns']]: S['columns'][K] extends FieldSpec<infer T> ? T : never;
};

export interface DatasetSchema {
  /** File stem in data/, also the dataset's name in discrepancies.csv. */
  name: string;
  file: string;
  columns: Columns;
  /** Columns whose values together must be unique. */
  key: readonly string[];
  /** Name of the export in the generated module and of its record type in types.ts. */
  exportName: string;
  typeName: string;
  /** Whether rows carry source_id and locator that must resolve. */
  provenance: boolean;
  /** Set where a header-only file is a real state; the pages assume every other dataset has rows. */
  mayBeEmpty?: boolean;
  /** Column pairs [start, end] where start must not come after end. */
  ordered?: readonly (readonly [string, string])[];
  /** Checks across the columns of one row (see rules.ts). */
  rowRules?: readonly RowRule[];
  /**
   * Rows equal in `columns` state the same measure; where their `measures` differ, the build
   * fails unless data/discrepancies.csv lists the disagreement (see disagreements.ts).
   */
  sameMeasure?: { columns: readonly string[]; measures: readonly string[] };
}
