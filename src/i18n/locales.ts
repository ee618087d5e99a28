/** Each language's number and date conventions (src/i18n/<lang>/locale.ts), as d3 locale definitions. */
import type { FormatLocaleDefinition } from 'd3-format';
import type { TimeLocaleDefinition } from 'd3-time-format';
import { locale as en } from './en/locale.ts';
import { locale as fr } from './fr/locale.ts';
import type { Lang } from './lang.ts';
import { locale as nl } from './nl/locale.ts';

export interface LocaleDefinition {
  /** d3-format's definition; `percent` is the sign with its spacing as the language writes it. */
  number: FormatLocaleDefinition & { decimal: string; thousands: string; percent: string };
  time: TimeLocaleDefinition;
  /** The day of the month in a full date, where the language writes it other than as a plain number (French "1er"). */
  dayOfMonth?: (day: number) => string;
}

export const LOCALES: Record<Lang, LocaleDefinition> = { nl, en, fr };
