/** The violence charts' data: by type and sub-type for both periods, and civilian targeting by actor. */
import { CURRENT, firstAcled, PREVIOUS, type Period } from '../data/query.ts';
import type { AcledCount, EventType, SubEventType } from '../data/types.ts';
import { actorLabel, eventTypeLabel, subEventTypeLabel, TYPE_ORDER } from '../lib/labels.ts';
import { formatNumber } from '../lib/format.ts';
import type { Lang } from '../i18n/index.ts';
import type { BarDatum } from './bars.ts';
import type { ChartTable } from './table-model.ts';
import { columnLabel } from './column-labels.ts';
import { DERIVED_ROWS } from './derived-rows.ts';


function rowFor(acled: readonly AcledCount[], period: Period, event_type: EventType, sub_event_type: SubEventType): AcledCount | null {
  return firstAcled(acled, { period, event_type, sub_event_type }, 'incidents');
}

function typeLabel(e: EventType, s: SubEventType, lang: Lang): string {
  return s === 'all' ? eventTypeLabel(e, lang) : `  ${subEventTypeLabel(s, lang)}`;
}

export function violenceByTypeBars(acled: readonly AcledCount[], lang: Lang): BarDatum[] {
  return TYPE_ORDER.map(([e, s]) => {
    const values = [rowFor(acled, CURRENT, e, s)?.incidents ?? null, rowFor(acled, PREVIOUS, e, s)?.incidents ?? null];
    return {
      category: `${e}/${s}`,
      label: s === 'all' ? eventTypeLabel(e, lang) : `– ${subEventTypeLabel(s, lang)}`,
      values,
      valueLabels: values.map((v) => (v === null ? '' : formatNumber(v, lang))),
    };
  });
}

export function violenceByTypeTable(acled: readonly AcledCount[]): ChartTable {
  const rows = TYPE_ORDER.flatMap(([e, s]) =>
    [CURRENT, PREVIOUS].map((period) => {
      const row = rowFor(acled, period, e, s);
      return {
        event_type: e,
        sub_event_type: s,
        label: typeLabel(e, s, 'en').trim(),
        period: `${period.start}/${period.end}`,
        incidents: row?.incidents ?? null,
        source_id: row?.source_id ?? null,
        locator: row?.locator ?? null,
      };
    }),
  );
  return {
    columns: [
      { key: 'label', label: columnLabel('type') },
      { key: 'event_type', label: columnLabel('acledEventType') },
      { key: 'sub_event_type', label: columnLabel('acledSubEventType') },
      { key: 'period', label: columnLabel('period') },
      { key: 'incidents', label: columnLabel('incidents'), numeric: true },
      { key: 'source_id', label: columnLabel('source') },
      { key: 'locator', label: columnLabel('locator') },
    ],
    rows,
  };
}

/** Named actors of civilian targeting in the current period, largest first. */
export function civilianTargetingActors(acled: readonly AcledCount[]): AcledCount[] {
  return acled
    .filter(
      (r) =>
        r.period_start === CURRENT.start &&
        r.period_end === CURRENT.end &&
        r.area === 'NE' &&
        r.department === null &&
        r.event_type === 'civilian_targeting' &&
        r.actor !== 'all',
    )
    .sort((a, b) => (b.incidents ?? 0) - (a.incidents ?? 0));
}

/**
 * The civilian-targeting incidents the named actors do not account for: all incidents minus the
 * named ones (derived). The report names five actors for 89 of 101; the rest (army, militias,
 * others) would otherwise drop out of the chart.
 */
export function civilianTargetingRemainder(acled: readonly AcledCount[]): { value: number; total: AcledCount; named: AcledCount[] } {
  const total = firstAcled(acled, { period: CURRENT, event_type: 'civilian_targeting' }, 'incidents');
  if (total?.incidents == null) throw new Error('Civilian targeting: no total for the current period');
  const named = civilianTargetingActors(acled);
  const namedSum = named.reduce((sum, r) => {
    if (r.incidents === null) throw new Error(`Civilian targeting: no count for ${r.actor}`);
    return sum + r.incidents;
  }, 0);
  if (namedSum > total.incidents) throw new Error(`Civilian targeting: named actors (${namedSum}) exceed the total (${total.incidents})`);
  return { value: total.incidents - namedSum, total, named };
}

/** `remainderLabel` names the bar of the unnamed remainder (a derived figure) in the page's language. */
export function civilianTargetingBars(acled: readonly AcledCount[], lang: Lang, remainderLabel: string): BarDatum[] {
  const rest = civilianTargetingRemainder(acled).value;
  return [
    ...civilianTargetingActors(acled).map((r) => ({
      category: r.actor,
      label: actorLabel(r.actor, lang),
      values: [r.incidents],
      valueLabels: [r.incidents === null ? '' : formatNumber(r.incidents, lang)],
    })),
    { category: 'other-or-not-named', label: remainderLabel, values: [rest], valueLabels: [formatNumber(rest, lang)] },
  ];
}

export function civilianTargetingTable(acled: readonly AcledCount[]): ChartTable {
  const rest = civilianTargetingRemainder(acled);
  return {
    columns: [
      { key: 'actor', label: columnLabel('actor') },
      { key: 'incidents', label: columnLabel('incidents'), numeric: true },
      { key: 'period', label: columnLabel('period') },
      { key: 'source_id', label: columnLabel('source') },
      { key: 'locator', label: columnLabel('locator') },
    ],
    rows: [
      ...civilianTargetingActors(acled).map((r) => ({
        actor: actorLabel(r.actor, 'en'),
        incidents: r.incidents,
        period: `${r.period_start}/${r.period_end}`,
        source_id: r.source_id,
        locator: r.locator,
      })),
      {
        actor: DERIVED_ROWS.civilianActorsRest,
        incidents: rest.value,
        period: `${rest.total.period_start}/${rest.total.period_end}`,
        source_id: rest.total.source_id,
        locator: rest.total.locator,
      },
    ],
  };
}
