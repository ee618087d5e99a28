/**
 * Data for the eight region subsections of chapter 7: key ACLED figures, incidents by type,
 * department counts with their seat towns, notable incidents, armed groups and displacement.
 * Pure functions over the typed datasets, one job per module under region-profile/; the
 * components only render what these return.
 */
export * from './region-profile/order.ts';
export * from './region-profile/words.ts';
export * from './region-profile/totals.ts';
export * from './region-profile/types-table.ts';
export * from './region-profile/report-table.ts';
export * from './region-profile/departments.ts';
export * from './region-profile/incidents.ts';
export * from './region-profile/incident-text.ts';
export * from './region-profile/groups.ts';
export * from './region-profile/displacement.ts';
