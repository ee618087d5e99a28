/**
 * Rows a chart's table derives from the others, for what the sources leave unnamed: the
 * CSV writes their English label; a page shows the dictionary's (`charts.derivedRows`).
 */
export const DERIVED_ROWS = {
  civilianActorsRest: 'Other or not named (derived: all civilian-targeting incidents minus the named actors)',
  idpOtherRegions: 'Other regions (derived: national total minus the four regions)',
  refugeesElsewhere: 'Elsewhere, not named (derived: 100 minus the named shares)',
} as const;

export type DerivedRow = keyof typeof DERIVED_ROWS;

const BY_LABEL = new Map(Object.entries(DERIVED_ROWS).map(([key, label]) => [label as string, key as DerivedRow]));

/** The derived row a table cell labels, if it is one. */
export function derivedRowOf(label: string): DerivedRow | undefined {
  return BY_LABEL.get(label);
}
