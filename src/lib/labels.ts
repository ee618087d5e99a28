/** Display names for the coded values in the data, from the page language's dictionary. */
import type { EventType, SubEventType } from '../data/types.ts';
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

export function eventTypeLabel(type: EventType, lang: Lang): string {
  return ui(lang).labels.eventTypes[type];
}

export function subEventTypeLabel(type: SubEventType, lang: Lang): string {
  return ui(lang).labels.subEventTypes[type];
}

/** An actor as the report names it, in the page's language; a name without a translation is shown as the data has it. */
export function actorLabel(actor: string, lang: Lang): string {
  const actors: Record<string, string> = ui(lang).labels.actors;
  return actors[actor] ?? actor;
}
