/**
 * Punctuation between words that code puts together, from each language's dictionary: French
 * sets a no-break space before ":" and a narrow one before ";", Dutch and English none.
 * Components and chart modules join a label and its text only through these.
 */
import { ui } from './index.ts';
import type { Lang } from './lang.ts';

/** A label and its colon, ready for what it introduces: "Bron: ", "Source\u00a0: ". */
export function labelled(label: string, lang: Lang): string {
  return `${label}${ui(lang).colon}`;
}

/** A label and its text: "Bron: ACLED", "Source\u00a0: ACLED". */
export function labelledText(label: string, text: string, lang: Lang): string {
  return `${labelled(label, lang)}${text}`;
}

/** References in a list: "§6.1; §6.2", "§6.1\u202f; §6.2". */
export function semicolonList(items: Iterable<string>, lang: Lang): string {
  return [...items].join(ui(lang).semicolon);
}
