import type { Lang } from '../i18n/index.ts';
import { LOCALES } from '../i18n/locales.ts';

export type TextPart = { text: string } | { number: number; raw: string };

const NUMBER = /\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g;

/** Parses "1.246" (nl) or "1,246" (en) as written in text of that language. */
export function parseLocaleNumber(raw: string, lang: Lang): number {
  const { thousands, decimal } = LOCALES[lang].number;
  return Number(raw.split(thousands).join('').replace(decimal, '.'));
}

/**
 * Splits a sentence from the data (a timeline title, say) into text and the numbers in
 * it, so each number can carry its row's provenance. Years and one-digit numbers stay text.
 */
export function splitNumbers(text: string, lang: Lang): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER)) {
    const raw = match[0];
    const index = match.index ?? 0;
    const value = parseLocaleNumber(raw, lang);
    const isYear = /^(19|20)\d\d$/.test(raw);
    if (isYear || raw.replace(/\D/g, '').length < 2) continue;
    if (index > last) parts.push({ text: text.slice(last, index) });
    parts.push({ number: value, raw });
    last = index + raw.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
