/**
 * Figures in the timeline's event titles (src/content/timeline/). Each is the row of the
 * dataset that counts it (deployments, incidents), from the same source as the event, so
 * the title and the data cannot disagree.
 */
import { deployment, incidentRow } from '../data/select.ts';
import type { Provenance } from '../data/types.ts';
import { sourced } from './define.ts';
import type { FigureDef } from './types.ts';

/** The title writes this amount in millions ("5 miljoen euro"). */
const MILLION = 1_000_000;

/** The figure in an event's title, with the row that states it in the dataset that counts it as provenance. */
function stated(id: string, row: Provenance & { value: number }, options?: Parameters<typeof sourced>[3]): FigureDef {
  return sourced(id, row, row.value, options);
}

export const TIMELINE_FIGURES: readonly FigureDef[] = [
  stated('timeline.eucap-border-teams.euros', deployment({ mission: 'EUCAP Sahel Niger', contributor: 'Netherlands', figure_kind: 'budget' }), { scale: MILLION }),
  stated('timeline.us-troops.withdrawing', deployment({ mission: 'US forces in Niger', figure_kind: 'troops' })),
  stated('timeline.russian-instructors.arriving', deployment({ mission: 'Africa Corps', figure_kind: 'deployed' })),
  stated('timeline.aes-force.planned', deployment({ mission: 'AES joint force', figure_kind: 'planned_strength' })),
  stated('timeline.fambita.civilians-killed', incidentRow({ place: 'Fambita' })),
];
