/** A noun in the dictionaries as its two forms for counts: "1 incident", "12 incidents". */
export interface CountNoun {
  one: string;
  many: string;
}

/** The form that goes after the number `n` (both languages use the singular for exactly one). */
export function countNoun(n: number, noun: CountNoun): string {
  return n === 1 ? noun.one : noun.many;
}
