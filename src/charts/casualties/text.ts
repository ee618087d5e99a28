/** A casualty figure, an attacker and an attack's place in words of the page's language. */
import { fill } from '../../i18n/fill.ts';
import type { Lang } from '../../i18n/lang.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { actorLabel } from '../../lib/labels.ts';
import type { CasualtyAttack, CasualtyFigure, CasualtyWords } from './model.ts';

type Figure = Pick<CasualtyFigure, 'min' | 'max' | 'bound'>;

const number = (v: number | null, lang: Lang) => (v === null ? '' : formatNumber(v, lang));

/** Short label at a mark: "12", "≈40", "≥10", ">100", "≤15", "14–16". */
export function figureText(f: Figure, lang: Lang): string {
  const n = (v: number | null) => number(v, lang);
  switch (f.bound) {
    case 'approx':
      return `≈${n(f.min)}`;
    case 'at_least':
      return `≥${n(f.min)}`;
    case 'more_than':
      return `>${n(f.min)}`;
    case 'at_most':
      return `≤${n(f.max)}`;
    case 'range':
      return `${n(f.min)}–${n(f.max)}`;
    default:
      return n(f.min);
  }
}

/** The same figure in words, for the text alternative: "about 40", "more than 100". */
export function figureWords(f: Figure, words: CasualtyWords, lang: Lang): string {
  const n = (v: number | null) => number(v, lang);
  switch (f.bound) {
    case 'exact':
      return n(f.min);
    case 'at_most':
      return fill(words.bounds.at_most, { n: n(f.max) });
    case 'range':
      return fill(words.bounds.range, { min: n(f.min), max: n(f.max) });
    default:
      return fill(words.bounds[f.bound], { n: n(f.min) });
  }
}

export function attackerLabel(actor: string, words: CasualtyWords, lang: Lang): string {
  const suspected = /^suspected (.+)$/i.exec(actor);
  if (suspected) return fill(words.attacker.suspected, { actor: actorLabel(suspected[1]!, lang) });
  const probably = /^probably (.+)$/i.exec(actor);
  if (probably) return fill(words.attacker.probably, { actor: actorLabel(probably[1]!, lang) });
  if (actor === 'unknown group on motorcycles') return words.attacker.unknownGroupOnMotorcycles;
  return actorLabel(actor, lang);
}

/** Place names as the data writes them in English ("near Krogoungou"), in the words given. */
export function placeLabel(place: string, words: CasualtyWords): string {
  const w = words.place;
  return place
    .replace(/^between (.+) and (.+)$/, (_, a: string, b: string) => fill(w.between, { a, b }))
    .replace(/^around ([\s\S]*)$/, (_, rest: string) => fill(w.around, { place: rest }))
    .replace(/^near ([\s\S]*)$/, (_, rest: string) => fill(w.near, { place: rest }))
    .replace(/^([\s\S]*) \(counter-operation\)$/, (_, rest: string) => fill(w.counterOperation, { place: rest }));
}

/** "25 mei 2025 · Eknewane (Tillia)" */
export function attackTitle(a: Pick<CasualtyAttack, 'date' | 'place' | 'department' | 'areaName'>, words: CasualtyWords, lang: Lang): string {
  const date = formatDate(a.date, lang);
  return `${date.charAt(0).toUpperCase()}${date.slice(1)} · ${placeLabel(a.place, words)} (${a.department ?? a.areaName})`;
}
