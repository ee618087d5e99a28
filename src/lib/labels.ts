/** Display names for the coded values in the data: ACLED's types and named groups from the glossary, the rest from the page language's dictionary. */
import type { EventType, SubEventType } from '../data/types.ts';
import { dataName, termKeyOfData, type TermForm } from '../i18n/glossary.ts';
import { ui, type Lang } from '../i18n/index.ts';

/** The ACLED types the CGRS report uses, each followed by its sub-types: the order every breakdown is shown in. */
export const TYPE_ORDER: readonly [EventType, SubEventType][] = [
  ['battles', 'all'],
  ['battles', 'armed_clash'],
  ['explosions_remote_violence', 'all'],
  ['explosions_remote_violence', 'remote_explosive_landmine_ied'],
  ['explosions_remote_violence', 'air_drone_strike'],
  ['explosions_remote_violence', 'shelling_artillery_missile'],
  ['violence_against_civilians', 'all'],
  ['violence_against_civilians', 'attack'],
  ['violence_against_civilians', 'abduction_forced_disappearance'],
];

/** An ACLED type's code by the glossary; `full` for its first mention, with ACLED's English term where the page's language names it otherwise. */
function acledTypeName(code: string, lang: Lang, form: TermForm): string {
  if (!termKeyOfData(code)) throw new Error(`ACLED type "${code}" has no glossary entry (src/content/glossary/acled-*.json, data: ["${code}"])`);
  return dataName(code, lang, form);
}

/** ACLED's type by the glossary; "all" from the dictionary. */
export function eventTypeLabel(type: EventType, lang: Lang, form: TermForm = 'short'): string {
  return type === 'all' ? ui(lang).labels.eventTypes.all : acledTypeName(type, lang, form);
}

/** ACLED's sub-type by the glossary; "all" (the type's total) from the dictionary. */
export function subEventTypeLabel(type: SubEventType, lang: Lang, form: TermForm = 'short'): string {
  return type === 'all' ? ui(lang).labels.subEventTypes.all : acledTypeName(type, lang, form);
}

/** An actor as the report names it, in the page's language: a group by the glossary, a description by the dictionary, else as the data has it. */
export function actorLabel(actor: string, lang: Lang): string {
  const actors: Record<string, string> = ui(lang).labels.actors;
  return termKeyOfData(actor) ? dataName(actor, lang) : (actors[actor] ?? actor);
}

/** A name as a chart table's CSV writes it (the English page's) in the page's language: by the glossary, else an actor the dictionary describes. */
export function nameInLang(name: string, lang: Lang): string {
  if (termKeyOfData(name)) return dataName(name, lang);
  const english: Record<string, string> = ui('en').labels.actors;
  const actor = Object.keys(english).find((key) => english[key] === name);
  return actor ? actorLabel(actor, lang) : name;
}
