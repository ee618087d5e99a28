/** How English writes numbers and dates: fixed definitions, so output never depends on the build machine's ICU data. */
import type { LocaleDefinition } from '../locales.ts';

export const locale: LocaleDefinition = {
  /** 1,246 · 37.3% */
  number: { decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''], percent: '%' },
  time: {
    dateTime: '%a %e %B %Y %X', date: '%Y-%m-%d', time: '%H:%M:%S', periods: ['AM', 'PM'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
};
