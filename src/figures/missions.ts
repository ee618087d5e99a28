/** Figures cited in the chapter "De missies in cijfers / The missions in figures". */
import { deployment } from '../data/select.ts';
import type { DeploymentFigure } from '../data/types.ts';
import { sourced } from './define.ts';
import type { FigureDef } from './types.ts';

/** The sources write these amounts in millions ("100 miljoen dollar"); show them the same way. */
const MILLION = 1_000_000;

/** A deployment figure with the qualifier its row gives ("ongeveer", "meer dan"). */
function qualified(id: string, row: DeploymentFigure, options: Parameters<typeof sourced>[3] = {}): FigureDef {
  return sourced(id, row, row.value, { qualifier: row.value_qualifier, ...options });
}

/** A deployment figure as a plain number: the prose says "ongeveer" itself, or the row is exact. */
function plain(id: string, row: DeploymentFigure, options: Parameters<typeof sourced>[3] = {}): FigureDef {
  return sourced(id, row, row.value, options);
}

const nero = (figure_kind: string) => deployment({ mission: 'Operation New Nero', figure_kind });
const us = (figure_kind: string) => deployment({ mission: 'US forces in Niger', figure_kind });
const minusmaCeiling = (part?: string) => deployment({ mission: 'MINUSMA', figure_kind: 'mandate_max', locator: part ? `§2.2 VN-missie MINUSMA (${part})` : '§2.2 VN-missie MINUSMA' });
const budget = (mission: string, contributor: string) => deployment({ mission, contributor, figure_kind: 'budget' });

export const MISSIONS_FIGURES: readonly FigureDef[] = [
  qualified('be-defence.ne.new-nero.personnel', nero('total')),
  qualified('be-defence.ne.new-nero.in-niger', nero('deployed')),
  qualified('be-defence.ne.new-nero.from-belgium', nero('support_from_home')),
  plain('be-defence.ne.new-nero.units-trained', nero('trained_units')),
  qualified('be-defence.ne.new-nero.people-trained', nero('trained_people')),
  qualified('news.ne.us-troops.2024-04', us('troops')),
  qualified('news.ne.us-drone-base.cost', us('cost'), { scale: MILLION, unit: 'millionDollars' }),
  qualified('cgrs.ne.russian-instructors.2024-04', deployment({ mission: 'Africa Corps', figure_kind: 'deployed' })),
  plain('cgrs.ne.eucap-staff', deployment({ mission: 'EUCAP Sahel Niger', contributor: 'EU', figure_kind: 'staff' })),
  plain('cgrs.aes.joint-force.2025-01', deployment({ mission: 'AES joint force', figure_kind: 'planned_strength' })),
  plain('nl-gov.ml.minusma-ceiling.2022-11', minusmaCeiling()),
  // The parts of the MINUSMA ceiling: the letter gives each as a maximum.
  plain('nl-gov.ml.minusma-ceiling.staff-officers', minusmaCeiling('stafofficieren'), { qualifier: 'at_most' }),
  plain('nl-gov.ml.minusma-ceiling.unpol', minusmaCeiling('UNPOL'), { qualifier: 'at_most' }),
  plain('nl-gov.ml.minusma-ceiling.isr', minusmaCeiling('Duitse ISR-taakgroep'), { qualifier: 'at_most' }),
  plain('nl-gov.ml.minusma-staff.2022-11', deployment({ mission: 'MINUSMA', figure_kind: 'staff' })),
  plain('nl-gov.ne.eucap-funding.2019-2022', budget('EUCAP Sahel Niger', 'Netherlands and Germany'), { scale: MILLION, unit: 'millionEuros' }),
  plain('nl-gov.ne.eucap-funding.2022-11', budget('EUCAP Sahel Niger', 'Netherlands'), { scale: MILLION, unit: 'millionEuros' }),
  plain('nl-gov.sahel.gpoi-funding.yearly', budget('GPOI', 'Netherlands'), { scale: MILLION, unit: 'millionEurosAYear' }),
  plain('nl-gov.ci.ailct-funding.2022', budget('AILCT', 'Netherlands'), { unit: 'euro' }),
];
