/** How French writes numbers and dates: fixed definitions, so output never depends on the build machine's ICU data. */
import type { LocaleDefinition } from '../locales.ts';

export const locale: LocaleDefinition = {
  /** 1 246 (a narrow no-break space) · 37,3 % */
  number: { decimal: ',', thousands: '\u202f', grouping: [3], currency: ['', '\u00a0€'], percent: '\u202f%' },
  time: {
    dateTime: '%A %e %B %Y à %X', date: '%d/%m/%Y', time: '%H:%M:%S', periods: ['AM', 'PM'],
    days: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    shortDays: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    shortMonths: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  },
  /** « 1er février 2021 »: the first of the month is an ordinal, every other day a plain number. */
  dayOfMonth: (day) => (day === 1 ? '1er' : String(day)),
};
