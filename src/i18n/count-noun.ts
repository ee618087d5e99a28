import type { Lang } from './lang.ts';

/** A noun in the dictionaries as its two forms for counts: "1 incident", "12 incidents". */
export interface CountNoun {
  /** After a count in the language's "one" plural category: 1 in Dutch and English, 0 and 1 in French. */
  one: string;
  /** After every other count. */
  many: string;
}

/** Each language's plural rule, as Unicode CLDR gives it (French: "0 incident", English: "0 incidents"). */
const PLURAL_RULES = new Map<Lang, Intl.PluralRules>();

function pluralRules(lang: Lang): Intl.PluralRules {
  let rules = PLURAL_RULES.get(lang);
  if (!rules) PLURAL_RULES.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

/** The form that goes after the number `n` in `lang`. */
export function countNoun(n: number, noun: CountNoun, lang: Lang): string {
  return pluralRules(lang).select(n) === 'one' ? noun.one : noun.many;
}
