/** The data the certainty rules read (src/figures/certainty.ts): every dataset with its key, the disagreements and the warnings. */
import * as data from '../data/select.ts';
import { DATASETS } from '../data/pipeline/schemas.ts';
import { assess, type Certainty, type DatasetRows, type Evidence } from './certainty.ts';
import type { Provenance, ValueQualifier } from '../data/types.ts';

const exported = data as unknown as Record<string, readonly Record<string, unknown>[] | undefined>;

export const EVIDENCE: Evidence = {
  datasets: DATASETS.filter((d) => d.provenance).map((d): DatasetRows => ({ name: d.name, key: d.key, rows: exported[d.exportName] ?? [] })),
  discrepancies: data.discrepancies,
  caveats: data.caveats,
};

export function certaintyOf(from: readonly Provenance[], value: number, qualifier: ValueQualifier, derived: boolean): Certainty {
  return assess(from as unknown as readonly Record<string, unknown>[], value, qualifier, derived, EVIDENCE);
}
