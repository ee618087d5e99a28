/** Both dictionaries by language. The text itself is in nl.ts and en.ts. */
import { en } from './en.ts';
import { nl, type Dictionary } from './nl.ts';

export type UiStrings = Dictionary;
export const STRINGS: Record<'nl' | 'en', Dictionary> = { nl, en };
