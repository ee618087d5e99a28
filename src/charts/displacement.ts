/**
 * The displacement charts' data: internally displaced people by region (October 2024)
 * and refugees and asylum seekers by country of origin (shares, October 2024).
 */
import { regionIn } from '../data/query.ts';
import type { Displacement, Region, RegionCode } from '../data/types.ts';
import { formatNumber, formatPercent } from '../lib/format.ts';
import type { Lang } from '../i18n/index.ts';
import type { BarDatum } from './bars.ts';
import type { ChartTable } from './table-model.ts';

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

const UNASSIGNED = {
  nl: 'Overige regio’s (geen uitsplitsing)',
  en: 'Other regions (no breakdown)',
};
const DERIVED = { nl: 'berekend', en: 'derived' };

export function idpBars(rows: readonly Displacement[], regions: readonly Region[], lang: Lang): BarDatum[] {
  const rest = idpUnassigned(rows);
  return [
    ...idpRegions(rows).map((r) => ({
      category: r.area,
      label: regionIn(regions, r.area).name,
      values: [r.count],
      valueLabels: [formatNumber(r.count, lang)],
    })),
    {
      category: 'unassigned',
      derived: true,
      label: UNASSIGNED[lang],
      values: [rest],
      valueLabels: [`${formatNumber(rest, lang)} (${DERIVED[lang]})`],
    },
  ];
}

export function idpTable(rows: readonly Displacement[], regions: readonly Region[]): ChartTable {
  const total = idpTotal(rows);
  const counted = idpRegions(rows);
  return {
    columns: [
      { key: 'area', label: { nl: 'Gebied', en: 'Area' } },
      { key: 'code', label: { nl: 'Code', en: 'Code' } },
      { key: 'date', label: { nl: 'Datum', en: 'Date' } },
      { key: 'idps', label: { nl: 'Ontheemden (IDP’s)', en: 'Internally displaced (IDPs)' }, numeric: true },
      { key: 'share_pct', label: { nl: 'Aandeel volgens bron (%)', en: 'Share per source (%)' }, numeric: true },
      { key: 'source_id', label: { nl: 'Bron', en: 'Source' } },
      { key: 'locator', label: { nl: 'Vindplaats', en: 'Locator' } },
    ],
    rows: [
      ...counted.map((r) => ({
        area: regionIn(regions, r.area).name,
        code: r.area,
        date: r.date,
        idps: r.count,
        share_pct: r.share_pct,
        source_id: r.source_id,
        locator: r.locator,
      })),
      {
        area: 'Other regions (derived: national total minus the four regions)',
        code: null,
        date: total.date,
        idps: idpUnassigned(rows),
        share_pct: null,
        source_id: total.source_id,
        locator: [...new Set([total.locator, ...counted.map((r) => r.locator)])].join('; '),
      },
      {
        area: 'Niger (total)',
        code: total.area,
        date: total.date,
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

const COUNTRY: Record<string, { nl: string; en: string }> = {
  Nigeria: { nl: 'Nigeria', en: 'Nigeria' },
  Mali: { nl: 'Mali', en: 'Mali' },
  'Burkina Faso': { nl: 'Burkina Faso', en: 'Burkina Faso' },
};

export function countryLabel(origin: string, lang: Lang): string {
  return COUNTRY[origin]?.[lang] ?? origin;
}

const OTHER_ORIGINS = { nl: 'Elders (niet genoemd)', en: 'Elsewhere (not named)' };

export function refugeeBars(rows: readonly Displacement[], lang: Lang): BarDatum[] {
  const other = refugeeOtherShare(rows);
  return [
    ...refugeeOrigins(rows).map((r) => ({
      category: r.origin,
      label: countryLabel(r.origin, lang),
      values: [r.share_pct],
      valueLabels: [formatPercent(r.share_pct, lang, 0)],
    })),
    {
      category: 'other',
      derived: true,
      label: OTHER_ORIGINS[lang],
      values: [other],
      valueLabels: [`${formatPercent(other, lang, 0)} (${DERIVED[lang]})`],
    },
  ];
}

export function refugeeTable(rows: readonly Displacement[]): ChartTable {
  const total = refugeeTotal(rows);
  const origins = refugeeOrigins(rows);
  return {
    columns: [
      { key: 'origin', label: { nl: 'Herkomst', en: 'Origin' } },
      { key: 'date', label: { nl: 'Datum', en: 'Date' } },
      { key: 'share_pct', label: { nl: 'Aandeel (%)', en: 'Share (%)' }, numeric: true },
      { key: 'count', label: { nl: 'Aantal', en: 'Number' }, numeric: true },
      { key: 'source_id', label: { nl: 'Bron', en: 'Source' } },
      { key: 'locator', label: { nl: 'Vindplaats', en: 'Locator' } },
    ],
    rows: [
      ...origins.map((r) => ({
        origin: r.origin,
        date: r.date,
        share_pct: r.share_pct,
        count: null,
        source_id: r.source_id,
        locator: r.locator,
      })),
      {
        origin: 'Elsewhere, not named (derived: 100 minus the named shares)',
        date: total.date,
        share_pct: refugeeOtherShare(rows),
        count: null,
        source_id: total.source_id,
        locator: [...new Set(origins.map((r) => r.locator))].join('; '),
      },
      {
        origin: 'All refugees and asylum seekers',
        date: total.date,
        share_pct: null,
        count: total.count,
        source_id: total.source_id,
        locator: total.locator,
      },
    ],
  };
}
