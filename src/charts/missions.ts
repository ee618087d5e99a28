/**
 * Mission figures grouped so that only comparable figures share a chart: people present
 * in Niger, and Dutch mandate ceilings. Each bar says what kind of figure it is and when.
 */
import type { DeploymentFigure, ValueQualifier } from '../data/types.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import type { Lang } from '../i18n/index.ts';
import type { BarDatum } from './bars.ts';
import { labelledColumns } from './columns.ts';
import type { ChartTable } from './table-model.ts';

const QUALIFIER_SIGN: Record<ValueQualifier, string> = { exact: '', approx: '≈ ', nearly: '≲ ', at_least: '≥ ', more_than: '> ', at_most: '≤ ' };

/** The words the mission charts need, from the dictionary (`charts.missions`). */
export interface MissionWords {
  undated: string;
  kinds: Record<string, string>;
  names: Record<string, string>;
  personnel: Record<PersonnelLabel, string>;
  minusmaParts: Record<string, string>;
  /** A mandate's bar label: "{name}: to {date}" or "{name}: ends {date}, not extended". */
  mandate: { extended: string; notExtended: string };
}

export type MissionColumn = 'mission' | 'contributor' | 'figure_kind' | 'value' | 'value_qualifier' | 'unit' | 'as_of' | 'until' | 'extended' | 'source_id' | 'locator';

type PersonnelLabel = 'us' | 'eucap' | 'newNero' | 'africaCorps';

/** A row with how to name it: a dictionary key, or the mission's own name. */
export type LabelledFigure = { row: DeploymentFigure; label: (words: MissionWords) => string };

export function missionName(mission: string, words: MissionWords): string {
  return words.names[mission] ?? mission;
}

export function kindLabel(kind: string, words: MissionWords): string {
  return words.kinds[kind] ?? kind;
}

function findFigure(rows: readonly DeploymentFigure[], mission: string, contributor: string, kind: string, locatorIncludes?: string): DeploymentFigure {
  const row = rows.find((d) => d.mission === mission && d.contributor === contributor && d.figure_kind === kind && (!locatorIncludes || d.locator.includes(locatorIncludes)));
  if (!row) throw new Error(`No deployment figure ${mission}/${contributor}/${kind}`);
  return row;
}

/** People in Niger for the foreign presences the sources count. */
export function personnelInNiger(rows: readonly DeploymentFigure[]): LabelledFigure[] {
  const named = (label: PersonnelLabel) => (words: MissionWords) => words.personnel[label];
  return [
    { row: findFigure(rows, 'US forces in Niger', 'United States', 'troops'), label: named('us') },
    { row: findFigure(rows, 'EUCAP Sahel Niger', 'EU', 'staff'), label: named('eucap') },
    { row: findFigure(rows, 'Operation New Nero', 'Belgium', 'deployed'), label: named('newNero') },
    { row: findFigure(rows, 'Africa Corps', 'Russia', 'deployed'), label: named('africaCorps') },
  ];
}

/**
 * The Dutch national mandates in the letter of November 2022 (ceilings, not people deployed):
 * each bar says until when, and whether the letter extends it (Takuba's ends in December 2022
 * and is not extended). The letter also breaks MINUSMA's ceiling into three parts (their
 * locators name the part in brackets); the chart shows the ceiling only, the parts are in the text.
 */
export function dutchMandates(rows: readonly DeploymentFigure[], lang: Lang = 'en'): LabelledFigure[] {
  return rows
    .filter((d) => d.contributor === 'Netherlands' && d.figure_kind === 'mandate_max' && !d.locator.includes('('))
    .sort((a, b) => b.value - a.value)
    .map((row) => ({ row, label: (words: MissionWords) => mandateLabel(row, lang, words) }));
}

function mandateLabel(row: DeploymentFigure, lang: Lang, words: MissionWords): string {
  const name = missionName(row.mission, words);
  if (row.until === null || row.extended === null) throw new Error(`data/deployments.csv: the mandate ${row.mission} (${row.locator}) says neither until when nor whether it is extended`);
  const template = row.extended === 'yes' ? words.mandate.extended : words.mandate.notExtended;
  return template.replace('{name}', name).replace('{date}', formatDate(row.until, lang));
}

/** The parts of MINUSMA's ceiling, named by the bracket in their locator. */
export function minusmaParts(rows: readonly DeploymentFigure[]): LabelledFigure[] {
  return rows
    .filter((d) => d.mission === 'MINUSMA' && d.figure_kind === 'mandate_max' && d.locator.includes('('))
    .map((row) => {
      const part = row.locator.match(/\(([^)]+)\)/)?.[1] ?? '';
      return { row, label: (words: MissionWords) => words.minusmaParts[part] ?? part };
    });
}

export function valueLabel(row: DeploymentFigure, lang: Lang): string {
  return `${QUALIFIER_SIGN[row.value_qualifier]}${formatNumber(row.value, lang)}`;
}

function asOf(row: DeploymentFigure, lang: Lang, words: MissionWords): string {
  return row.as_of ? formatDate(row.as_of, lang) : words.undated;
}

/** `describe` adds the kind of figure and its date to the label, for charts that mix them. */
export function toBars(items: LabelledFigure[], lang: Lang, words: MissionWords, describe = true): BarDatum[] {
  return items.map(({ row, label }) => ({
    category: `${row.mission}/${row.contributor}/${row.figure_kind}`,
    label: describe ? `${label(words)} (${kindLabel(row.figure_kind, words)}, ${asOf(row, lang, words)})` : label(words),
    values: [row.value],
    valueLabels: [valueLabel(row, lang)],
  }));
}

const COLUMNS: readonly MissionColumn[] = ['mission', 'contributor', 'figure_kind', 'value', 'value_qualifier', 'unit', 'as_of', 'until', 'extended', 'source_id', 'locator'];

/** `columns`: the column labels in both languages (a table is built once for both pages). */
export function toTable(items: { row: DeploymentFigure }[], columns: Record<Lang, Record<MissionColumn, string>>): ChartTable {
  return {
    columns: labelledColumns(COLUMNS, columns, ['value']),
    rows: items.map(({ row }) => ({
      mission: row.mission,
      contributor: row.contributor,
      figure_kind: row.figure_kind,
      value: row.value,
      value_qualifier: row.value_qualifier,
      unit: row.unit,
      as_of: row.as_of,
      until: row.until,
      extended: row.extended,
      source_id: row.source_id,
      locator: row.locator,
    })),
  };
}

type Columns = Record<Lang, Record<MissionColumn, string>>;
export const personnelTable = (rows: readonly DeploymentFigure[], columns: Columns) => toTable(personnelInNiger(rows), columns);
export const mandatesTable = (rows: readonly DeploymentFigure[], columns: Columns) => toTable(dutchMandates(rows), columns);
