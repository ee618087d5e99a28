/** A dictionary's shape: the same keys as the Dutch one, every leaf a string. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type { Dictionary } from './nl/index.ts';
