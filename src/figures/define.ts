/** Builders for registry entries. Both refuse a missing value, so an empty figure fails the build. */
import type { Provenance, ValueQualifier } from '../data/types.ts';
import type { DerivationKey, FigureDef, FigureFormat, UnitKey } from './types.ts';

interface Options {
  format?: FigureFormat;
  qualifier?: ValueQualifier;
  scale?: number;
  unit?: UnitKey;
}

function checked(id: string, value: number | null | undefined): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`Figure ${id}: no value in the data (got ${String(value)})`);
  return value;
}

/** A stated figure is one of its row's own numbers: a value typed by hand, or read from the wrong column, stops the build. */
function statedBy(id: string, row: Provenance, value: number): number {
  const numbers = Object.values(row).filter((v): v is number => typeof v === 'number');
  if (!numbers.includes(value)) throw new Error(`Figure ${id}: ${value} is not a number of its row (${row.source_id}, ${row.locator}: ${numbers.join(', ') || 'no numbers'})`);
  return value;
}

/** A figure stated by one source row. */
export function sourced(id: string, row: Provenance, value: number | null | undefined, options: Options = {}): FigureDef {
  const { format = 'number', qualifier = 'exact', ...rest } = options;
  return { id, value: statedBy(id, row, checked(id, value)), from: [row], qualifier, format, ...rest };
}

/** A figure computed from other figures; the page labels it as derived. */
export function derived(id: string, value: number, from: readonly FigureDef[], derivation: DerivationKey, options: Options = {}): FigureDef {
  const { format = 'number', qualifier = 'exact', ...rest } = options;
  return { id, value: checked(id, value), from: from.flatMap((f) => f.from), qualifier, format, derivation, ...rest };
}
