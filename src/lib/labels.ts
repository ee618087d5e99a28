/** Display names for the coded values in the data, in both languages. */
import type { EventType, SubEventType } from '../data/types.ts';
import type { Lang } from '../i18n/index.ts';

type Pair = { nl: string; en: string };

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

export const EVENT_TYPE_LABELS: Record<EventType, Pair> = {
  all: { nl: 'Alle types', en: 'All types' },
  battles: { nl: 'Gevechten (battles)', en: 'Battles' },
  explosions_remote_violence: { nl: 'Explosies en geweld op afstand', en: 'Explosions and remote violence' },
  violence_against_civilians: { nl: 'Geweld tegen burgers', en: 'Violence against civilians' },
  civilian_targeting: { nl: 'Burgers als doelwit', en: 'Civilian targeting' },
};

export const SUB_EVENT_TYPE_LABELS: Record<SubEventType, Pair> = {
  all: { nl: 'Totaal', en: 'Total' },
  armed_clash: { nl: 'Gewapende treffens', en: 'Armed clashes' },
  remote_explosive_landmine_ied: { nl: 'Explosieven, landmijnen, IED’s', en: 'Remote explosives, landmines, IEDs' },
  air_drone_strike: { nl: 'Lucht- en droneaanvallen', en: 'Air and drone strikes' },
  shelling_artillery_missile: { nl: 'Beschietingen, artillerie, raketten', en: 'Shelling, artillery, missiles' },
  attack: { nl: 'Aanvallen', en: 'Attacks' },
  abduction_forced_disappearance: { nl: 'Ontvoeringen en verdwijningen', en: 'Abductions and forced disappearances' },
};

/** Actors as the report names them (sometimes in Dutch), shown in the page's language. */
const ACTORS: Record<string, Pair> = {
  ISSP: { nl: 'ISSP', en: 'ISSP' },
  JNIM: { nl: 'JNIM', en: 'JNIM' },
  ISWAP: { nl: 'ISWAP', en: 'ISWAP' },
  MPLJ: { nl: 'MPLJ', en: 'MPLJ' },
  'Boko Haram/JAS': { nl: 'Boko Haram/JAS', en: 'Boko Haram/JAS' },
  'ongeïdentificeerde gewapende groepen': { nl: 'Niet-geïdentificeerde gewapende groepen', en: 'Unidentified armed groups' },
  'onbekende gewapende groepen': { nl: 'Onbekende gewapende groepen', en: 'Unknown armed groups' },
  'Nigerese leger': { nl: 'Nigerees leger', en: 'Nigerien army' },
  gemeenschapsmilities: { nl: 'Gemeenschapsmilities', en: 'Community militias' },
  gemeenschapsmilitie: { nl: 'Gemeenschapsmilitie', en: 'Community militia' },
};

export function actorLabel(actor: string, lang: Lang): string {
  return ACTORS[actor]?.[lang] ?? actor;
}
