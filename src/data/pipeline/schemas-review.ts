/**
 * The datasets about the data: where sources disagree, where a source warns about its own
 * figures, and every correction of a published figure or statement.
 */
import * as f from './fields.ts';
import { AREA_CODES, provenance } from './columns.ts';
import type { DatasetSchema } from './schema-types.ts';

export const discrepancies = {
  name: 'discrepancies',
  file: 'discrepancies.csv',
  columns: {
    dataset: f.text,
    key: f.text,
    values: f.text,
    locators: f.text,
    explanation: f.text,
    /** The explanation in Dutch, for the Dutch sources page. */
    explanation_nl: f.text,
    /** The explanation in French, for the French sources page. */
    explanation_fr: f.text,
  },
  key: ['dataset', 'key'],
  exportName: 'discrepancies',
  typeName: 'Discrepancy',
  provenance: false,
  // Sources that agree everywhere leave nothing to list.
  mayBeEmpty: true,
} satisfies DatasetSchema;

/**
 * Where a source itself warns about its figures (ACLED's counts are estimates; Diffa's are
 * an undercount): the figure tips say so for every row of `dataset` in `area` (empty: all
 * areas) whose `measure` column is cited (empty: any).
 */
export const caveats = {
  name: 'caveats',
  file: 'caveats.csv',
  columns: {
    dataset: f.text,
    area: f.optionalOneOf(AREA_CODES),
    measure: f.optionalText,
    ...provenance,
    quote: f.text,
  },
  key: ['dataset', 'area', 'measure', 'locator'],
  exportName: 'caveats',
  typeName: 'Caveat',
  provenance: true,
} satisfies DatasetSchema;

/** Every change to a published figure or statement (see corrections.ts for the keys). */
export const corrections = {
  name: 'corrections',
  file: 'corrections.csv',
  columns: {
    date: f.isoDay,
    dataset: f.text,
    key: f.text,
    was: f.text,
    now: f.text,
    reason: f.text,
    locator: f.text,
  },
  key: ['date', 'dataset', 'key', 'was'],
  exportName: 'corrections',
  typeName: 'Correction',
  provenance: false,
  // A site that has corrected nothing yet lists nothing.
  mayBeEmpty: true,
} satisfies DatasetSchema;

