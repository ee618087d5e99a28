/** An incident's place, who died and who gave the figure, in words of the page's language. */
import type { DeathsBy } from '../../data/types.ts';
import { fill } from '../../i18n/fill.ts';
import type { DeathFigure } from './incidents.ts';
import { countNoun } from '../../i18n/count-noun.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { RegionProfileWords } from './words.ts';

/** Who gave the figure. */
export function reporterLabel(by: DeathsBy, words: RegionProfileWords): string {
  return words.reporters[by];
}

/** Who died, for a figure of `n`: "1 burger", "12 burgers". */
export function victimsLabel(f: Pick<DeathFigure, 'victims'>, n: number, words: RegionProfileWords, lang: Lang): string {
  const noun = words.victims[f.victims];
  return countNoun(n, noun, lang);
}

/** Place names the data keeps as the report misspells them, shown as the report spells them elsewhere. */
const PLACE_SPELLING: Record<string, string> = {
  // §6.1 writes "Makaldoni" once (footnote 159) and "Makalondi" everywhere else.
  Makaldoni: 'Makalondi',
};

/** Places as the data writes them in English ("near X", "between X and Y"), in the words given. */
export function placeLabel(place: string | null, words: RegionProfileWords): string {
  const w = words.place;
  if (place === null) return w.notGiven;
  return Object.entries(PLACE_SPELLING)
    .reduce((text, [seed, usual]) => text.replaceAll(seed, usual), place)
    .replace(/^near ([\s\S]*)$/, (_, rest: string) => fill(w.near, { place: rest }))
    .replace(/^around ([\s\S]*)$/, (_, rest: string) => fill(w.around, { place: rest }))
    .replace(/^between (.+) and (.+)$/, (_, a: string, b: string) => fill(w.between, { a, b }))
    .replace('(suburb of Niamey)', () => w.suburbOfNiamey)
    .replace(' (town)', '')
    .replace('(commune)', () => w.commune)
    .replace(' (counter-operation)', () => w.counterOperation)
    .replace('; ', () => w.and);
}
