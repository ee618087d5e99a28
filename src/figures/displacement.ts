/** Figures cited in the chapter "Op de vlucht / Displaced" (October 2024; schools and needs from §8). */
import { changePct, displacement, displacementFigure, humanitarianFigure, valueQualifier } from '../data/select.ts';
import type { RegionCode } from '../data/types.ts';
import { derived, sourced } from './define.ts';
import type { FigureDef } from './types.ts';

const DATE = '2024-10';
/** The source writes these in millions ("4,3 miljoen"); show them the same way. */
const MILLION = { scale: 1_000_000, unit: 'million' } as const;
/** The regions the report gives an IDP count for; the prose names them and the ones it does not. */
const IDP_REGIONS = ['NE-6', 'NE-2', 'NE-4', 'NE-8'] as const satisfies readonly RegionCode[];
/** The countries of origin the report gives a refugee share for. */
const ORIGINS = { nigeria: 'Nigeria', mali: 'Mali', 'burkina-faso': 'Burkina Faso' } as const;

/** The prose names the regions and origins the source covers: fail the build if the data covers others. */
function checkCoverage(): void {
  const sameSet = (a: readonly (string | null)[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();
  const rows = displacement.filter((d) => d.date === DATE && d.area !== 'NE' && d.population_group === 'idp' && d.count !== null);
  if (!sameSet(rows.map((d) => d.area), IDP_REGIONS)) throw new Error(`IDP counts per region changed: update src/figures/displacement.ts and the prose`);
  const origins = displacement.filter((d) => d.date === DATE && d.population_group === 'refugee_asylum_seeker' && d.origin !== null);
  if (!sameSet(origins.map((d) => d.origin), Object.values(ORIGINS))) throw new Error(`Refugee origins changed: update src/figures/displacement.ts and the prose`);
}
checkCoverage();

function idps(area: 'NE' | RegionCode): FigureDef {
  const row = displacementFigure({ date: DATE, area, population_group: 'idp' });
  return sourced(`unhcr.${area.toLowerCase()}.idp.${DATE}`, row, row.count, { qualifier: valueQualifier(row.qualifier) });
}

function figureOf(list: readonly FigureDef[], id: string): FigureDef {
  const def = list.find((f) => f.id === id);
  if (!def) throw new Error(`No figure ${id}`);
  return def;
}

function idpShare(area: RegionCode): FigureDef {
  const row = displacementFigure({ date: DATE, area, population_group: 'idp' });
  return sourced(`unhcr.${area.toLowerCase()}.idp-share.${DATE}`, row, row.share_pct, { format: 'percent' });
}

// Internally displaced people. The national total is the overview's `unhcr.ne.idp.2024-10`; the same row, not redefined.
const totalDef = idps('NE');
// Largest first, as the chart.
const regions = IDP_REGIONS.map((code) => idps(code));
const diffa = figureOf(regions, 'unhcr.ne-2.idp.2024-10');
const regionsSum = regions.reduce((sum, r) => sum + r.value, 0);
/** The same rise as the overview's `unhcr.ne.idp.change`, cited from §7 instead of the summary. */
const idpRise = humanitarianFigure({ indicator: 'idp_change_pct', locator: '§7, voetnoot 223' });

// Refugees and asylum seekers: a total, and shares only per origin.
const refugees = displacementFigure({ date: DATE, area: 'NE', population_group: 'refugee_asylum_seeker', origin: null });
const shares = Object.entries(ORIGINS).map(([slug, origin]) => {
  const row = displacementFigure({ date: DATE, population_group: 'refugee_asylum_seeker', origin });
  return sourced(`unhcr.ne.refugees.${slug}-share.${DATE}`, row, row.share_pct, { format: 'percent' });
});

// Schools (no reference date in the source) and humanitarian needs (§8).
const schools = humanitarianFigure({ indicator: 'schools_closed', locator: '§8, voetnoot 234', date: null });
const schoolsBefore = humanitarianFigure({ indicator: 'schools_closed', date: '2023' });
const pupils = humanitarianFigure({ indicator: 'pupils_affected_by_school_closures' });
const teachers = humanitarianFigure({ indicator: 'teachers_affected_by_school_closures' });
const inNeed = humanitarianFigure({ indicator: 'people_in_need', locator: '§8, voetnoot 239' });
const children = humanitarianFigure({ indicator: 'children_in_need' });
const schoolsNow = sourced('unicef.ne.schools-closed', schools, schools.value);
const schools2023 = sourced('unicef.ne.schools-closed.2023', schoolsBefore, schoolsBefore.value);

export const DISPLACEMENT_FIGURES: readonly FigureDef[] = [
  sourced('unhcr.ne.idp.change.s7', idpRise, idpRise.value, { format: 'percent', qualifier: idpRise.value_qualifier }),
  ...regions,
  idpShare('NE-6'),
  idpShare('NE-2'),
  derived(`unhcr.ne.idp.four-regions.${DATE}`, regionsSum, regions, 'sumOfFourRegions'),
  derived(`unhcr.ne.idp.unassigned.${DATE}`, totalDef.value - regionsSum, [totalDef, ...regions], 'nationalMinusFourRegions'),
  derived(`unhcr.ne-2.idp-share-computed.${DATE}`, Math.round((diffa.value / totalDef.value) * 1000) / 10, [diffa, totalDef], 'diffaOfNationalTotal', { format: 'percent' }),
  sourced(`unhcr.ne.refugees.${DATE}`, refugees, refugees.count, { qualifier: valueQualifier(refugees.qualifier) }),
  ...shares,
  derived(`unhcr.ne.refugees.other-share.${DATE}`, 100 - shares.reduce((sum, s) => sum + s.value, 0), shares, 'hundredMinusNamedShares', { format: 'percent' }),
  schoolsNow,
  schools2023,
  derived('unicef.ne.schools-closed.change', changePct(schoolsNow.value, schools2023.value), [schoolsNow, schools2023], 'changeOnYearEarlier', { format: 'change' }),
  sourced('unicef.ne.pupils-affected', pupils, pupils.value, { qualifier: pupils.value_qualifier }),
  sourced('unicef.ne.teachers-affected', teachers, teachers.value, { qualifier: teachers.value_qualifier }),
  sourced('un.ne.people-in-need.s8', inNeed, inNeed.value, { ...MILLION, qualifier: inNeed.value_qualifier }),
  sourced('un.ne.children-in-need', children, children.value, { ...MILLION, qualifier: children.value_qualifier }),
];
