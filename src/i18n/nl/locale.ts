/** How Dutch writes numbers and dates: fixed definitions, so output never depends on the build machine's ICU data. */
import type { LocaleDefinition } from '../locales.ts';

export const locale: LocaleDefinition = {
  /** 1.246 · 37,3 % */
  number: { decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''], percent: ' %' },
  time: {
    dateTime: '%a %e %B %Y %X', date: '%d-%m-%Y', time: '%H:%M:%S', periods: ['AM', 'PM'],
    days: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    shortDays: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    // The abbreviations Dutch style guides use ("mrt", not "maa").
    shortMonths: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  },
};
