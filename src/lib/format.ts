import { formatLocale } from 'd3-format';
import { timeFormatLocale } from 'd3-time-format';

import type { Lang } from '../i18n/lang.ts';
import { LOCALES } from '../i18n/locales.ts';

function mapLangs<T>(make: (lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(Object.keys(LOCALES).map((lang) => [lang, make(lang as Lang)])) as Record<Lang, T>;
}

/** d3's formatters for each language's fixed definitions (src/i18n/<lang>/locale.ts). */
const NUMBER_LOCALES = mapLangs((lang) => formatLocale(LOCALES[lang].number));

/** nl: 1.246 · en: 1,246. Decimals are kept only where the source has them. */
export function formatNumber(value: number, lang: Lang): string {
  const decimals = Number.isInteger(value) ? 0 : Math.min(2, String(value).split('.')[1]?.length ?? 0);
  return NUMBER_LOCALES[lang].format(`,.${decimals}f`)(value);
}

/** Whole percentages as the sources write them ("25 %"), one decimal for computed shares ("45,7 %"). */
export function formatPercent(value: number, lang: Lang, decimals = Number.isInteger(value) ? 0 : 1): string {
  return `${NUMBER_LOCALES[lang].format(`.${decimals}f`)(value)}${LOCALES[lang].number.percent}`;
}

/** Signed change, e.g. "−19,2 %" / "+25.0%"; uses a true minus sign. */
export function formatChange(value: number, lang: Lang, decimals = Number.isInteger(value) ? 0 : 1): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  return `${sign}${formatPercent(Math.abs(value), lang, decimals)}`;
}

const DATE_LOCALES = mapLangs((lang) => timeFormatLocale(LOCALES[lang].time));

/** An ISO date of any precision ("2019", "2024-04", "2023-07-26") as a UTC date. */
function utcDate(iso: string): Date {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m - 1, d));
}

/** The format for a date of one, two or three parts; the day of a full date comes from the locale (d3 has no ordinals). */
const PRECISION_FORMATS = ['%Y', '%B %Y', '%B %Y'];

/** A date exactly as precise as its source: "2019", "april 2024", "26 juli 2023" / "26 July 2023" / "1er février 2021". */
export function formatDate(iso: string, lang: Lang): string {
  const parts = iso.split('-').length;
  const date = utcDate(iso);
  const rest = DATE_LOCALES[lang].utcFormat(PRECISION_FORMATS[parts - 1]!)(date);
  if (parts < 3) return rest;
  const day = LOCALES[lang].dayOfMonth?.(date.getUTCDate()) ?? String(date.getUTCDate());
  return `${day} ${rest}`;
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
