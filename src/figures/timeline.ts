/**
 * Figures in the timeline's event titles (src/content/timeline/). Each carries its event's
 * row as provenance; the value is the one the same source states in the dataset that
 * counts it (deployments, incidents), so the title and the data cannot disagree.
 */
import { deployment, incidentRow, timelineEvent } from '../data/select.ts';
import { sourced } from './define.ts';
import type { FigureDef } from './types.ts';

/** The title writes this amount in millions ("5 miljoen euro"). */
const MILLION = 1_000_000;

export const TIMELINE_FIGURES: readonly FigureDef[] = [
  sourced(
    'timeline.eucap-border-teams.euros',
    timelineEvent('2022-11-netherlands-pledges-extra'),
    deployment({ mission: 'EUCAP Sahel Niger', contributor: 'Netherlands', figure_kind: 'budget' }).value,
    { scale: MILLION },
  ),
  sourced('timeline.us-troops.withdrawing', timelineEvent('2024-04-us-niger-junta'), deployment({ mission: 'US forces in Niger', figure_kind: 'troops' }).value),
  sourced('timeline.russian-instructors.arriving', timelineEvent('2024-04-about-russian-military'), deployment({ mission: 'Africa Corps', figure_kind: 'deployed' }).value),
  sourced('timeline.aes-force.planned', timelineEvent('2025-01-aes-announces-strong'), deployment({ mission: 'AES joint force', figure_kind: 'planned_strength' }).value),
  sourced('timeline.fambita.civilians-killed', timelineEvent('2025-03-21-issp-kills-least'), incidentRow({ place: 'Fambita' }).value),
];
