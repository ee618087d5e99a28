import { formatLocale, type FormatLocaleObject } from 'd3-format';

export type Lang = 'nl' | 'en';

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

const MONTHS: Record<Lang, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A date exactly as precise as its source: "2019", "april 2024", "26 juli 2023" / "26 July 2023". */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[lang][Number(m) - 1] : undefined;
  if (!month) return y ?? iso;
  if (!d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** "1 september 2024 – 30 mei 2025" with shortened repetition avoided on purpose: full dates read best. */
export function formatPeriod(start: string, end: string, lang: Lang): string {
  return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
}

/** Short period label for chart legends: "sep 2024 – mei 2025". */
export function formatPeriodShort(start: string, end: string, lang: Lang): string {
  const short = (iso: string) => {
    const [y, m] = iso.split('-');
    const name = MONTHS[lang][Number(m) - 1] ?? '';
    return `${name.slice(0, 3)} ${y}`;
  };
  return `${short(start)} – ${short(end)}`;
}
