/**
 * What each dataset and each of its columns means, in English, next to the schemas
 * (schemas.ts says what a value may be; this says what it is). /data/datapackage.json
 * is built from both, and a unit test fails when a column of a schema has no words here.
 */
export interface DatasetDoc {
  title: string;
  description: string;
  columns: Readonly<Record<string, string>>;
}

const SOURCE_ID = 'The source document (a source_id of sources.csv).';
const LOCATOR = "Where in the source the figure is: section, table or footnote, in the source's own numbering (§6.2, Tabel 1).";
const AREA = 'Niger (NE) or one of its regions (ISO 3166-2 NE-1 … NE-8).';
const NOTE = "The source's words (in Dutch, quoted) and what the row does and does not say.";
const QUALIFIER_WORDS = 'How the source qualifies the number: exact, approx ("ongeveer", "zo\'n"), more_than ("meer dan", "minstens"), at_most ("maximaal", "tot").';

export const FIELD_DOCS: Readonly<Record<string, DatasetDoc>> = {
  sources: {
    title: 'Source documents',
    description: 'The public documents every figure comes from.',
    columns: {
      source_id: 'Stable id of the source, used by every other file.',
      kind: 'What the document is: report, letter (to parliament), web_page or news (item).',
      title: 'Title as the document gives it.',
      publisher: 'Who published it.',
      published: 'Publication date, as precise as the document gives it (YYYY, YYYY-MM or YYYY-MM-DD); empty when undated.',
      language: 'Language of the document (ISO 639-1).',
      url: 'Where the document is online, where known.',
      quotes: 'Data the document quotes from another body (ACLED), which figures from it then come through.',
      quotes_consulted: 'The day the document consulted the quoted data.',
      quotes_locator: 'Where the document says which data it quotes and when it consulted them.',
      note: 'What the document is and how it is used here.',
    },
  },
  regions: {
    title: 'Regions',
    description: "Niger's eight regions with their capitals and populations.",
    columns: {
      code: 'ISO 3166-2 code of the region.',
      name: 'Name of the region.',
      capital: 'Regional capital.',
      population: 'Population as the source gives it (INS).',
      population_year: 'Year the population figure is for.',
      source_id: SOURCE_ID,
      locator: LOCATOR,
    },
  },
  'acled-niger': {
    title: 'ACLED counts',
    description:
      'Every ACLED count of incidents and deaths that the CGRS/Cedoca COI Focus states, by period, area, event type, sub-event type and actor. ACLED data as quoted by CGRS/Cedoca (consulted 5 June 2025), not queried from ACLED.',
    columns: {
      period_start: 'First day of the period counted.',
      period_end: 'Last day of the period counted.',
      area: AREA,
      department: 'Department, in the report\'s spelling; empty for the whole area.',
      event_type: 'ACLED event type (all = battles, explosions/remote violence and violence against civilians together; civilian_targeting = events of any type that target civilians).',
      sub_event_type: 'ACLED sub-event type; all for the whole event type.',
      actor: 'The actor the count is for (ACLED actor name), or all.',
      scope: 'What the count covers: total (the area\'s count for that type), part (a stated part of a total, named in the note), place (one locality, see place) or event (one attack).',
      place: 'The locality a place-scoped count is for.',
      incidents: 'Number of incidents (events) ACLED recorded; empty where the source gives only deaths.',
      fatalities: 'Number of reported deaths ACLED recorded (a conservative estimate); empty where the source gives only incidents.',
      source_id: SOURCE_ID,
      locator: LOCATOR,
      note: NOTE,
    },
  },
  displacement: {
    title: 'Displacement',
    description: 'Internally displaced people and refugees and asylum seekers, by date, area and origin.',
    columns: {
      date: 'Date the figure is for, as precise as the source (YYYY-MM).',
      area: AREA,
      population_group: 'idp (internally displaced people) or refugee_asylum_seeker.',
      origin: 'Country of origin, for refugees; empty for all.',
      qualifier: 'How the source qualifies the count ("ongeveer" is about, "minstens" at least); empty when exact.',
      count: 'Number of people; empty where the source gives only a share.',
      share_pct: 'Share of the national figure in per cent, where the source gives it.',
      source_id: SOURCE_ID,
      locator: LOCATOR,
    },
  },
  humanitarian: {
    title: 'Humanitarian figures',
    description: 'Closed schools, people in need, population and other effects of the violence.',
    columns: {
      date: 'Date or ISO interval (start/end) the figure is for, as precise as the source; empty when the source gives none.',
      area: AREA,
      indicator: 'What is counted (e.g. people_in_need, schools_closed).',
      value: 'The figure.',
      unit: 'Unit of the figure (people, schools, per cent…).',
      value_qualifier: QUALIFIER_WORDS,
      source_id: SOURCE_ID,
      locator: LOCATOR,
      note: NOTE,
    },
  },
  deployments: {
    title: 'Missions',
    description: 'Troops, mandates, trainees, staff and budgets per foreign mission and contributing country.',
    columns: {
      mission: 'Name of the mission or operation.',
      contributor: 'Contributing country or organisation.',
      figure_kind: 'What the figure is (deployed, mandate_max, budget, trained_people…).',
      value: 'The figure.',
      unit: 'Unit of the figure (people, euro, dollars…).',
      value_qualifier: QUALIFIER_WORDS,
      as_of: 'Date the figure is for, as precise as the source; empty when undated.',
      until: 'For a mandate: when it ends, as precise as the source; empty when the source gives no end.',
      extended: 'For a mandate: yes when the letter extends it, no when it says it will not be extended; empty otherwise.',
      source_id: SOURCE_ID,
      locator: LOCATOR,
      note: NOTE,
    },
  },
  timeline: {
    title: 'Timeline',
    description: 'Dated events from 2000 to 2025, as precise as the source dates them.',
    columns: {
      id: 'Stable id of the event (date and a few words); its title per language is in src/content/timeline/<lang>/events.mdoc.',
      date: 'Date of the event (YYYY, YYYY-MM or YYYY-MM-DD).',
      date_precision: 'How precise the date is: day, month or year.',
      actor: 'Who acted (country, mission, group).',
      category: 'Kind of event (cooperation, mission, coup, withdrawal…).',
      source_id: SOURCE_ID,
      locator: LOCATOR,
    },
  },
  incidents: {
    title: 'Attacks',
    description: 'Notable attacks, one row per reported death toll (official, claimed by the perpetrator, other sources, ACLED, the report).',
    columns: {
      date: 'Date of the attack, as precise as the source.',
      area: AREA,
      department: 'Department, in the report\'s spelling, where given.',
      place: 'Place of the attack, where given.',
      actor: 'Who attacked, as the source names them.',
      target: 'Who or what was attacked.',
      qualifier: 'How the source qualifies the toll ("ongeveer" is about, "minstens" at least, "meer dan" more than, "tot" up to); empty when exact.',
      killed: 'Whose deaths the toll counts: civilians, soldiers, gendarmes, attackers, militants, neutralised (the army\'s word, which may not mean killed), mixed (several sides, or every death in the event as ACLED counts) or unknown.',
      deaths_min: 'Deaths, or the lower end of a range; empty where the source gives no number.',
      deaths_max: 'Upper end of a range of deaths; empty where the source gives one number or a lower bound.',
      deaths_by: 'Who reported the toll: official, claimed_by_perpetrator, other_sources, acled or report.',
      source_id: SOURCE_ID,
      locator: LOCATOR,
      note: NOTE,
    },
  },
  'armed-groups': {
    title: 'Armed groups',
    description: 'Armed groups, their affiliations and where the report places them.',
    columns: {
      group: 'Short name of the group.',
      aliases: 'Other names, separated by semicolons.',
      affiliation: 'Wider movement the group belongs to, where any.',
      founded: 'Year (or month) the group was founded, where the source says.',
      active_in: 'Regions (NE-n) and departments (NE-n/Name) where the report places the group, separated by semicolons.',
      source_id: SOURCE_ID,
      locator: 'Where in the source, separated by semicolons.',
    },
  },
  discrepancies: {
    title: 'Disagreements',
    description: 'Every disagreement between or within the sources: both values, where each stands and what may explain it.',
    columns: {
      dataset: 'The dataset whose rows disagree.',
      key: 'Which figures: a sum check (types/regions/… period area measure) or the rows in words.',
      values: 'The values that disagree, each with where it comes from.',
      locators: 'Where in the sources, separated by |.',
      explanation: 'What may explain the difference, or that the source does not.',
      explanation_nl: 'The same explanation in Dutch, for the Dutch pages.',
      explanation_fr: 'The same explanation in French, for the French pages (translated from the Dutch; quotations from Dutch sources stay in Dutch).',
    },
  },
  corrections: {
    title: 'Corrections',
    description: 'Every change to a published figure or statement: what it was, what it is now, why, and where the source says so.',
    columns: {
      date: 'Day the correction was published.',
      dataset: 'The dataset (or page) the corrected figure or statement belongs to.',
      key: 'Which figure or statement: the key of its row.',
      was: 'What was published before.',
      now: 'What is published now.',
      reason: 'Why it changed.',
      locator: 'Where in the source the correct figure or statement is.',
      source_id: SOURCE_ID,
    },
  },
  caveats: {
    title: 'Warnings in the sources',
    description: 'Where a source itself warns about its figures: the figure tips quote the warning for every figure it applies to.',
    columns: {
      dataset: 'The dataset whose figures the warning is about.',
      area: 'Only figures for this area (NE or NE-1 … NE-8); empty for every area.',
      measure: 'Only figures of this column (incidents, fatalities); empty for every figure.',
      source_id: SOURCE_ID,
      locator: LOCATOR,
      quote: "The source's warning, in its own words (Dutch).",
    },
  },
  places: {
    title: 'Towns',
    description: 'Towns shown on the maps, from GeoNames (CC BY 4.0), names in French spelling.',
    columns: {
      name: 'Name of the town.',
      lon: 'Longitude (WGS 84).',
      lat: 'Latitude (WGS 84).',
      region_code: 'Region the town is in.',
      kind: 'capital, regional_capital or town.',
      source: 'Where the coordinates come from.',
    },
  },
};
