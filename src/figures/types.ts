import type { Provenance, ValueQualifier } from '../data/types.ts';
import type { Dictionary } from '../i18n/dictionary.ts';

export type FigureFormat = 'number' | 'percent' | 'change';
/** Words after a number, looked up in the page's dictionary (`figure.unit`). */
export type UnitKey = keyof Dictionary['figure']['unit'];
/** How a derived figure was computed, looked up in the dictionary (`figure.derivation`). */
export type DerivationKey = keyof Dictionary['figure']['derivation'];

/**
 * One figure that prose cites, defined once for both languages. Its value and the rows
 * behind it travel together, so the number on the page and its source cannot drift apart.
 */
export interface FigureDef {
  /** Stable, dotted, e.g. `acled.ne.incidents.current`. Content cites it with `{% fig id="…" /%}`. */
  readonly id: string;
  readonly value: number;
  /** The rows the figure comes from: one for a sourced figure, several for a derived one. */
  readonly from: readonly Provenance[];
  readonly qualifier: ValueQualifier;
  readonly format: FigureFormat;
  /** Present only on derived figures. */
  readonly derivation?: DerivationKey;
  /** Show the value divided by this (the sources write "4,3 miljoen"); the raw value stays in the markup. */
  readonly scale?: number;
  readonly unit?: UnitKey;
}
