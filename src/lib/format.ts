import { formatLocale, type FormatLocaleObject } from 'd3-format';
import { timeFormatLocale, type TimeLocaleObject } from 'd3-time-format';

import type { Lang } from '../i18n/lang.ts';

/** Fixed locale definitions, so output never depends on the build machine's ICU data. */
const NUMBER_LOCALES: Record<Lang, FormatLocaleObject> = {
  nl: formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] }),
  en: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''] }),
};

/** nl: 1.246 · en: 1,246. Decimals are kept only where the source has them. */
export function formatNumber(value: number, lang: Lang): string {
  const decimals = Number.isInteger(value) ? 0 : Math.min(2, String(value).split('.')[1]?.length ?? 0);
  return NUMBER_LOCALES[lang].format(`,.${decimals}f`)(value);
}

/** Whole percentages as the sources write them ("25 %"), one decimal for computed shares ("45,7 %"). */
export function formatPercent(value: number, lang: Lang, decimals = Number.isInteger(value) ? 0 : 1): string {
  const text = NUMBER_LOCALES[lang].format(`.${decimals}f`)(value);
  return lang === 'nl' ? `${text} %` : `${text}%`;
}

/** Signed change, e.g. "−19,2 %" / "+25.0%"; uses a true minus sign. */
export function formatChange(value: number, lang: Lang, decimals = Number.isInteger(value) ? 0 : 1): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  return `${sign}${formatPercent(Math.abs(value), lang, decimals)}`;
}

/** Fixed date locales, like the number locales. Short months are the first three letters ("maa", "sep"). */
const DATE_LOCALES: Record<Lang, TimeLocaleObject> = {
  nl: timeFormatLocale({
    dateTime: '%a %e %B %Y %X', date: '%d-%m-%Y', time: '%H:%M:%S', periods: ['AM', 'PM'],
    days: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    shortDays: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    shortMonths: ['jan', 'feb', 'maa', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  }),
  en: timeFormatLocale({
    dateTime: '%a %e %B %Y %X', date: '%Y-%m-%d', time: '%H:%M:%S', periods: ['AM', 'PM'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  }),
};

/** An ISO date of any precision ("2019", "2024-04", "2023-07-26") as a UTC date. */
function utcDate(iso: string): Date {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m - 1, d));
}

/** The format for a date of one, two or three parts. */
const PRECISION_FORMATS = ['%Y', '%B %Y', '%-d %B %Y'];

/** A date exactly as precise as its source: "2019", "april 2024", "26 juli 2023" / "26 July 2023". */
export function formatDate(iso: string, lang: Lang): string {
  return DATE_LOCALES[lang].utcFormat(PRECISION_FORMATS[iso.split('-').length - 1]!)(utcDate(iso));
}

/** "1 september 2024 – 30 mei 2025" with shortened repetition avoided on purpose: full dates read best. */
export function formatPeriod(start: string, end: string, lang: Lang): string {
  return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
}

/** Short period label for chart legends: "sep 2024 – mei 2025". */
export function formatPeriodShort(start: string, end: string, lang: Lang): string {
  const short = DATE_LOCALES[lang].utcFormat('%b %Y');
  return `${short(utcDate(start))} – ${short(utcDate(end))}`;
}
