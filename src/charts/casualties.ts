/** The casualty chart ("How many died?"): its modules, one job each, under casualties/. */
export * from './casualties/model.ts';
export * from './casualties/classify.ts';
export * from './casualties/attacks.ts';
export * from './casualties/text.ts';
export * from './casualties/summary.ts';
export * from './casualties/table.ts';
export * from './casualties/header.ts';
export * from './casualties/marks.ts';
export * from './casualties/layout.ts';
export * from './casualties/key.ts';
