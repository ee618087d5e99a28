/**
 * Mission figures grouped so that only comparable figures share a chart: people present
 * in Niger, and Dutch mandate ceilings. Each bar says what kind of figure it is and when.
 */
import type { DeploymentFigure, ValueQualifier } from '../data/types.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import type { Lang } from '../i18n/index.ts';
import type { BarDatum } from './bars.ts';
import type { ChartTable } from './table-model.ts';

const QUALIFIER_SIGN: Record<ValueQualifier, string> = { exact: '', approx: '≈ ', more_than: '> ', at_most: '≤ ' };

const KIND_LABELS: Record<string, { nl: string; en: string }> = {
  deployed: { nl: 'ingezet', en: 'deployed' },
  troops: { nl: 'militairen', en: 'troops' },
  staff: { nl: 'personeel', en: 'staff' },
  mandate_max: { nl: 'mandaat, maximum', en: 'mandate ceiling' },
  total: { nl: 'totaal', en: 'total' },
  support_from_home: { nl: 'steun vanuit thuisland', en: 'support from home' },
  planned_strength: { nl: 'aangekondigde sterkte', en: 'announced strength' },
};

const MISSION_NAMES: Record<string, { nl: string; en: string }> = {
  'EUCAP Sahel Mali and Niger (combined mandate)': { nl: 'EUCAP Sahel Mali en Niger (samen)', en: 'EUCAP Sahel Mali and Niger (combined)' },
  'Task Force Takuba': { nl: 'Taakgroep Takuba', en: 'Task Force Takuba' },
  'Operation New Nero': { nl: 'Operatie New Nero', en: 'Operation New Nero' },
  'US forces in Niger': { nl: 'Amerikaanse troepen in Niger', en: 'US forces in Niger' },
  'AES joint force': { nl: 'Gezamenlijke AES-troepenmacht', en: 'AES joint force' },
};

export function missionName(mission: string, lang: Lang): string {
  return MISSION_NAMES[mission]?.[lang] ?? mission;
}

export function kindLabel(kind: string, lang: Lang): string {
  return KIND_LABELS[kind]?.[lang] ?? kind;
}

function pick(rows: readonly DeploymentFigure[], mission: string, contributor: string, kind: string, locatorIncludes?: string): DeploymentFigure {
  const row = rows.find((d) => d.mission === mission && d.contributor === contributor && d.figure_kind === kind && (!locatorIncludes || d.locator.includes(locatorIncludes)));
  if (!row) throw new Error(`No deployment figure ${mission}/${contributor}/${kind}`);
  return row;
}

/** People in Niger for the foreign presences the sources count. */
export function personnelInNiger(rows: readonly DeploymentFigure[]): { row: DeploymentFigure; label: { nl: string; en: string } }[] {
  return [
    { row: pick(rows, 'US forces in Niger', 'United States', 'troops'), label: { nl: 'VS: Amerikaanse militairen', en: 'US: American troops' } },
    { row: pick(rows, 'EUCAP Sahel Niger', 'EU', 'staff'), label: { nl: 'EU: EUCAP Sahel Niger (civiel)', en: 'EU: EUCAP Sahel Niger (civilian)' } },
    { row: pick(rows, 'Operation New Nero', 'Belgium', 'deployed'), label: { nl: 'België: New Nero, ter plaatse', en: 'Belgium: New Nero, in Niger' } },
    { row: pick(rows, 'Africa Corps', 'Russia', 'deployed'), label: { nl: 'Rusland: militaire instructeurs', en: 'Russia: military instructors' } },
  ];
}

/**
 * The Dutch national mandates as extended in November 2022 (ceilings, not people deployed).
 * The letter also breaks MINUSMA's ceiling into three parts (their locators name the part
 * in brackets); the chart shows the ceiling only, the parts are in the text.
 */
export function dutchMandates(rows: readonly DeploymentFigure[]): { row: DeploymentFigure; label: { nl: string; en: string } }[] {
  return rows
    .filter((d) => d.contributor === 'Netherlands' && d.figure_kind === 'mandate_max' && !d.locator.includes('('))
    .sort((a, b) => b.value - a.value)
    .map((row) => ({ row, label: { nl: missionName(row.mission, 'nl'), en: missionName(row.mission, 'en') } }));
}

const MINUSMA_PARTS: Record<string, { nl: string; en: string }> = {
  stafofficieren: { nl: 'stafofficieren', en: 'staff officers' },
  UNPOL: { nl: 'marechaussees en politiemensen bij UNPOL', en: 'military police and police officers with UNPOL' },
  'Duitse ISR-taakgroep': { nl: 'militairen voor de Duitse inlichtingentaakgroep', en: 'military for the German intelligence task group' },
};

/** The parts of MINUSMA's ceiling, named by the bracket in their locator. */
export function minusmaParts(rows: readonly DeploymentFigure[]): { row: DeploymentFigure; label: { nl: string; en: string } }[] {
  return rows
    .filter((d) => d.mission === 'MINUSMA' && d.figure_kind === 'mandate_max' && d.locator.includes('('))
    .map((row) => {
      const part = row.locator.match(/\(([^)]+)\)/)?.[1] ?? '';
      return { row, label: MINUSMA_PARTS[part] ?? { nl: part, en: part } };
    });
}

export function valueLabel(row: DeploymentFigure, lang: Lang): string {
  return `${QUALIFIER_SIGN[row.value_qualifier]}${formatNumber(row.value, lang)}`;
}

function asOf(row: DeploymentFigure, lang: Lang): string {
  return row.as_of ? formatDate(row.as_of, lang) : lang === 'nl' ? 'ongedateerd' : 'undated';
}

/** `describe` adds the kind of figure and its date to the label, for charts that mix them. */
export function toBars(items: { row: DeploymentFigure; label: { nl: string; en: string } }[], lang: Lang, describe = true): BarDatum[] {
  return items.map(({ row, label }) => ({
    category: `${row.mission}/${row.contributor}/${row.figure_kind}`,
    label: describe ? `${label[lang]} (${kindLabel(row.figure_kind, lang)}, ${asOf(row, lang)})` : label[lang],
    values: [row.value],
    valueLabels: [valueLabel(row, lang)],
  }));
}

export function toTable(items: { row: DeploymentFigure }[]): ChartTable {
  return {
    columns: [
      { key: 'mission', label: { nl: 'Missie', en: 'Mission' } },
      { key: 'contributor', label: { nl: 'Land of organisatie', en: 'Contributor' } },
      { key: 'figure_kind', label: { nl: 'Soort cijfer', en: 'Kind of figure' } },
      { key: 'value', label: { nl: 'Waarde', en: 'Value' }, numeric: true },
      { key: 'value_qualifier', label: { nl: 'Kwalificatie', en: 'Qualifier' } },
      { key: 'unit', label: { nl: 'Eenheid', en: 'Unit' } },
      { key: 'as_of', label: { nl: 'Peildatum', en: 'As of' } },
      { key: 'source_id', label: { nl: 'Bron', en: 'Source' } },
      { key: 'locator', label: { nl: 'Vindplaats', en: 'Locator' } },
    ],
    rows: items.map(({ row }) => ({
      mission: row.mission,
      contributor: row.contributor,
      figure_kind: row.figure_kind,
      value: row.value,
      value_qualifier: row.value_qualifier,
      unit: row.unit,
      as_of: row.as_of,
      source_id: row.source_id,
      locator: row.locator,
    })),
  };
}

export const personnelTable = (rows: readonly DeploymentFigure[]) => toTable(personnelInNiger(rows));
export const mandatesTable = (rows: readonly DeploymentFigure[]) => toTable(dutchMandates(rows));
