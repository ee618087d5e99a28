/**
 * The story's chapters: stable English slugs (the same in both languages, used for
 * anchors and share links) and their titles.
 */
export interface SectionInfo {
  id: string;
  title: { nl: string; en: string };
  /** One sentence for link previews and the table of contents. */
  description: { nl: string; en: string };
}

export const SECTIONS: readonly SectionInfo[] = [
  {
    id: 'overview',
    title: { nl: 'In het kort', en: 'At a glance' },
    description: {
      nl: 'Minder incidenten en doden dan een jaar eerder, maar meer dan een half miljoen ontheemden.',
      en: 'Fewer incidents and deaths than a year before, but more than half a million people displaced.',
    },
  },
  {
    id: 'background',
    title: { nl: 'Waarom Niger', en: 'Why Niger' },
    description: {
      nl: 'Een land op oude smokkelroutes, met armoede, klimaatdruk en een afwezige staat.',
      en: 'A country on old smuggling routes, with poverty, climate stress and an absent state.',
    },
  },
  {
    id: 'partners',
    title: { nl: 'Van partner tot vertrek', en: 'From partner to departure' },
    description: {
      nl: 'Vijfentwintig jaar buitenlandse militaire samenwerking, en hoe die na de staatsgreep uiteenviel.',
      en: 'Twenty-five years of foreign military cooperation, and how it unravelled after the coup.',
    },
  },
  {
    id: 'missions',
    title: { nl: 'De missies in cijfers', en: 'The missions in figures' },
    description: {
      nl: 'Troepen, mandaten, opleidingen en geld, per missie en per land.',
      en: 'Troops, mandates, training and money, by mission and country.',
    },
  },
  {
    id: 'armed-groups',
    title: { nl: 'De gewapende groepen', en: 'The armed groups' },
    description: {
      nl: 'ISSP, JNIM, Boko Haram, bendes en milities: wie ze zijn en waar ze actief zijn.',
      en: 'ISSP, JNIM, Boko Haram, gangs and militias: who they are and where they operate.',
    },
  },
  {
    id: 'violence',
    title: { nl: 'Het geweld', en: 'The violence' },
    description: {
      nl: 'Gevechten, explosies en geweld tegen burgers, dit jaar en een jaar eerder.',
      en: 'Battles, explosions and violence against civilians, this year and the year before.',
    },
  },
  {
    id: 'regions',
    title: { nl: 'Regio per regio', en: 'Region by region' },
    description: {
      nl: 'Waar het geweld valt: de kaart en de acht regio’s.',
      en: 'Where the violence falls: the map and the eight regions.',
    },
  },
  {
    id: 'casualty-counts',
    title: { nl: 'Hoeveel doden?', en: 'How many died?' },
    description: {
      nl: 'Officiële cijfers, claims van daders, andere bronnen en ACLED naast elkaar.',
      en: 'Official figures, perpetrators’ claims, other sources and ACLED side by side.',
    },
  },
  {
    id: 'displacement',
    title: { nl: 'Op de vlucht', en: 'Displaced' },
    description: {
      nl: 'Ontheemden per regio, vluchtelingen per herkomst, gesloten scholen en noden.',
      en: 'Displaced people by region, refugees by origin, closed schools and needs.',
    },
  },
  {
    id: 'sources',
    title: { nl: 'Bronnen en methode', en: 'Sources and method' },
    description: {
      nl: 'De bronnen, hoe ACLED telt, waar bronnen elkaar tegenspreken, en de data.',
      en: 'The sources, how ACLED counts, where sources disagree, and the data.',
    },
  },
];

export function section(id: string): SectionInfo {
  const s = SECTIONS.find((x) => x.id === id);
  if (!s) throw new Error(`Unknown section ${id}`);
  return s;
}
