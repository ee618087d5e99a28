/**
 * The displacement charts' data: internally displaced people by region (October 2024)
 * and refugees and asylum seekers by country of origin (shares, October 2024).
 */
import { regionIn, valueQualifier } from '../data/query.ts';
import type { Displacement, Region, RegionCode, ValueQualifier } from '../data/types.ts';
import { formatNumber, formatPercent } from '../lib/format.ts';
import type { Lang } from '../i18n/index.ts';
import type { BarDatum } from './bars.ts';
import { labelledColumns } from './columns.ts';
import type { ChartTable } from './table-model.ts';
import { DERIVED_ROWS } from './derived-rows.ts';

export const DISPLACEMENT_DATE = '2024-10';

const isRegion = (area: string): area is RegionCode => area !== 'NE';

/** National IDP total for the reference month. */
export function idpTotal(rows: readonly Displacement[]): Displacement & { count: number } {
  const row = rows.find((d) => d.date === DISPLACEMENT_DATE && d.population_group === 'idp' && d.area === 'NE' && d.count !== null);
  if (!row) throw new Error('No national IDP total');
  return { ...row, count: row.count as number };
}

/** The regions the report gives an IDP count for, largest first. */
export function idpRegions(rows: readonly Displacement[]): (Displacement & { area: RegionCode; count: number })[] {
  return rows
    .filter((d): d is Displacement & { area: RegionCode; count: number } => d.date === DISPLACEMENT_DATE && d.population_group === 'idp' && isRegion(d.area) && d.count !== null)
    .sort((a, b) => b.count - a.count);
}

/** Derived: IDPs in the national total that the report does not assign to a region. */
export function idpUnassigned(rows: readonly Displacement[]): number {
  return idpTotal(rows).count - idpRegions(rows).reduce((sum, r) => sum + r.count, 0);
}

/** The words the displacement charts need, from the dictionary (`charts.displacement`). */
export interface DisplacementWords {
  unassigned: string;
  derived: string;
  otherOrigins: string;
  countries: Record<string, string>;
  /** The words before a qualified count ("about "), from the dictionaries' `figure.qualifier`. */
  qualifier: Record<ValueQualifier, string>;
}

/** A count as the source qualifies it: "about 6,853". */
function qualifiedCount(row: Displacement & { count: number }, lang: Lang, words: DisplacementWords): string {
  return `${words.qualifier[valueQualifier(row.qualifier)]}${formatNumber(row.count, lang)}`;
}

export type IdpColumn = 'area' | 'code' | 'date' | 'qualifier' | 'idps' | 'share_pct' | 'source_id' | 'locator';
export type RefugeeColumn = 'origin' | 'date' | 'share_pct' | 'qualifier' | 'count' | 'source_id' | 'locator';

export function idpBars(rows: readonly Displacement[], regions: readonly Region[], lang: Lang, words: DisplacementWords): BarDatum[] {
  const rest = idpUnassigned(rows);
  return [
    ...idpRegions(rows).map((r) => ({
      category: r.area,
      label: regionIn(regions, r.area).name,
      values: [r.count],
      valueLabels: [qualifiedCount(r, lang, words)],
    })),
    {
      category: 'unassigned',
      derived: true,
      label: words.unassigned,
      values: [rest],
      valueLabels: [`${formatNumber(rest, lang)} (${words.derived})`],
    },
  ];
}

export function idpTable(rows: readonly Displacement[], regions: readonly Region[], labels: Record<Lang, Record<IdpColumn, string>>): ChartTable {
  const total = idpTotal(rows);
  const counted = idpRegions(rows);
  return {
    columns: labelledColumns(['area', 'code', 'date', 'qualifier', 'idps', 'share_pct', 'source_id', 'locator'], labels, ['idps', 'share_pct']),
    rows: [
      ...counted.map((r) => ({
        area: regionIn(regions, r.area).name,
        code: r.area,
        date: r.date,
        qualifier: r.qualifier,
        idps: r.count,
        share_pct: r.share_pct,
        source_id: r.source_id,
        locator: r.locator,
      })),
      {
        area: DERIVED_ROWS.idpOtherRegions,
        code: null,
        date: total.date,
        qualifier: null,
        idps: idpUnassigned(rows),
        share_pct: null,
        source_id: total.source_id,
        locator: [...new Set([total.locator, ...counted.map((r) => r.locator)])].join('; '),
      },
      {
        area: 'Niger (total)',
        code: total.area,
        date: total.date,
        qualifier: total.qualifier,
        idps: total.count,
        share_pct: null,
        source_id: total.source_id,
        locator: total.locator,
      },
    ],
  };
}

/** Total number of refugees and asylum seekers. */
export function refugeeTotal(rows: readonly Displacement[]): Displacement & { count: number } {
  const row = rows.find((d) => d.date === DISPLACEMENT_DATE && d.population_group === 'refugee_asylum_seeker' && d.origin === null && d.count !== null);
  if (!row) throw new Error('No refugee total');
  return { ...row, count: row.count as number };
}

/** Countries of origin with their share in percent, largest first. */
export function refugeeOrigins(rows: readonly Displacement[]): (Displacement & { origin: string; share_pct: number })[] {
  return rows
    .filter(
      (d): d is Displacement & { origin: string; share_pct: number } =>
        d.date === DISPLACEMENT_DATE && d.population_group === 'refugee_asylum_seeker' && d.origin !== null && d.share_pct !== null,
    )
    .sort((a, b) => b.share_pct - a.share_pct);
}

/** Derived: the share the report leaves unnamed (100 minus the named shares). */
export function refugeeOtherShare(rows: readonly Displacement[]): number {
  return 100 - refugeeOrigins(rows).reduce((sum, r) => sum + r.share_pct, 0);
}

export function countryLabel(origin: string, words: DisplacementWords): string {
  return words.countries[origin] ?? origin;
}

/** The refugee total as the source qualifies it ("about 427,420"). */
export function refugeeTotalLabel(rows: readonly Displacement[], lang: Lang, words: DisplacementWords): string {
  return qualifiedCount(refugeeTotal(rows), lang, words);
}

export function refugeeBars(rows: readonly Displacement[], lang: Lang, words: DisplacementWords): BarDatum[] {
  const other = refugeeOtherShare(rows);
  return [
    ...refugeeOrigins(rows).map((r) => ({
      category: r.origin,
      label: countryLabel(r.origin, words),
      values: [r.share_pct],
      valueLabels: [formatPercent(r.share_pct, lang, 0)],
    })),
    {
      category: 'other',
      derived: true,
      label: words.otherOrigins,
      values: [other],
      valueLabels: [`${formatPercent(other, lang, 0)} (${words.derived})`],
    },
  ];
}

export function refugeeTable(rows: readonly Displacement[], labels: Record<Lang, Record<RefugeeColumn, string>>): ChartTable {
  const total = refugeeTotal(rows);
  const origins = refugeeOrigins(rows);
  return {
    columns: labelledColumns(['origin', 'date', 'share_pct', 'qualifier', 'count', 'source_id', 'locator'], labels, ['share_pct', 'count']),
    rows: [
      ...origins.map((r) => ({
        origin: r.origin,
        date: r.date,
        share_pct: r.share_pct,
        qualifier: null,
        count: null,
        source_id: r.source_id,
        locator: r.locator,
      })),
      {
        origin: DERIVED_ROWS.refugeesElsewhere,
        date: total.date,
        share_pct: refugeeOtherShare(rows),
        qualifier: null,
        count: null,
        source_id: total.source_id,
        locator: [...new Set(origins.map((r) => r.locator))].join('; '),
      },
      {
        origin: 'All refugees and asylum seekers',
        date: total.date,
        share_pct: null,
        qualifier: total.qualifier,
        count: total.count,
        source_id: total.source_id,
        locator: total.locator,
      },
    ],
  };
}
