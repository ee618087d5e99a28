/** The dictionaries by language. The text itself is in nl/, en/ and fr/. */
import { en } from './en/index.ts';
import { fr } from './fr/index.ts';
import type { Lang } from './lang.ts';
import { nl, type Dictionary } from './nl/index.ts';

export type UiStrings = Dictionary;
export const STRINGS: Record<Lang, Dictionary> = { nl, en, fr };
