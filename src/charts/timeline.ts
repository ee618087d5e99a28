/**
 * The partners timeline: events placed on a time axis in lanes by actor, and the eras
 * the scroll steps highlight. Pure: dates in, coordinates out.
 */
import { scaleLinear } from 'd3-scale';
import type { TimelineEvent } from '../data/types.ts';

export type LaneId = 'belgium' | 'netherlands' | 'eu-un' | 'france' | 'us' | 'germany' | 'russia' | 'niger' | 'regional' | 'other';

/** A lane's name (and short name, for the phone layout) is in the dictionary under its id. */
export interface Lane {
  id: LaneId;
  actors: readonly string[];
}

export const LANES: readonly Lane[] = [
  { id: 'belgium', actors: ['Belgium'] },
  { id: 'netherlands', actors: ['Netherlands'] },
  { id: 'eu-un', actors: ['EU', 'UN'] },
  { id: 'france', actors: ['France'] },
  { id: 'us', actors: ['United States'] },
  { id: 'germany', actors: ['Germany', 'Italy'] },
  { id: 'russia', actors: ['Russia', 'Turkey', 'Iran'] },
  { id: 'niger', actors: ['Niger'] },
  { id: 'regional', actors: ['AES', 'G5 Sahel', 'ECOWAS', 'MNJTF'] },
  { id: 'other', actors: ['other'] },
];

export function laneOf(actor: string): Lane {
  return LANES.find((l) => l.actors.includes(actor)) ?? LANES[LANES.length - 1]!;
}

export type EraId = 'beginnings' | 'missions' | 'coup' | 'unravelling' | 'new-alliances';

/** An era's title is in the dictionary under its id. */
export interface Era {
  id: EraId;
  /** Inclusive ISO day bounds. */
  from: string;
  to: string;
}

export const ERAS: readonly Era[] = [
  { id: 'beginnings', from: '2000-01-01', to: '2012-12-31' },
  { id: 'missions', from: '2013-01-01', to: '2022-12-31' },
  { id: 'coup', from: '2023-01-01', to: '2023-07-26' },
  { id: 'unravelling', from: '2023-07-27', to: '2024-03-31' },
  { id: 'new-alliances', from: '2024-04-01', to: '2025-12-31' },
];

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Last day a partial date can mean: "2023" → 2023-12-31, "2024-02" → 2024-02-29. */
export function endOf(date: string): string {
  const [y, m] = date.split('-');
  if (date.length === 10) return date;
  if (!m) return `${y}-12-31`;
  const year = Number(y);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = Number(m) === 2 && leap ? 29 : DAYS_IN_MONTH[Number(m) - 1]!;
  return `${y}-${m}-${String(last).padStart(2, '0')}`;
}

/** Decimal year at the middle of what a partial date can mean. */
export function decimalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return y + 0.5;
  if (d === undefined) return y + (m - 0.5) / 12;
  return y + (m - 1) / 12 + (d - 0.5) / 365;
}

/** An event belongs to the era in which its period ends (a "2023" event after the coup is not before it). */
export function eraOf(date: string): Era {
  const end = endOf(date);
  return ERAS.find((e) => end >= e.from && end <= e.to) ?? ERAS[ERAS.length - 1]!;
}

export interface PlacedEvent {
  index: number;
  event: TimelineEvent;
  lane: string;
  era: string;
  x: number;
  y: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  x0: number;
  lanes: { id: LaneId; y: number }[];
  eras: { id: string; x0: number; x1: number }[];
  ticks: { x: number; year: number }[];
  /** The stretch of axis drawn at a smaller scale. */
  compressed: { x0: number; x1: number };
  events: PlacedEvent[];
}

export const COMPRESSED_UNTIL = 2020;

export function layoutTimeline(events: readonly TimelineEvent[], o: { width: number; labelWidth: number; laneHeight: number; top: number; right?: number }): TimelineLayout {
  // Most events fall after 2020: the first two decades get a third of the width (the
  // chart's subtitle says so) so that the last six years can be read.
  const right = o.width - (o.right ?? 12);
  const x = scaleLinear()
    .domain([2000, COMPRESSED_UNTIL, 2026])
    .range([o.labelWidth, o.labelWidth + (right - o.labelWidth) / 3, right]);
  const round = (n: number) => Math.round(n * 10) / 10;
  const lanes = LANES.map((l, i) => ({ id: l.id, y: o.top + i * o.laneHeight + o.laneHeight / 2 }));
  const laneY = new Map(lanes.map((l) => [l.id, l.y]));
  const placed = events.map((event, index) => {
    const lane = laneOf(event.actor).id;
    return { index, event, lane, era: eraOf(event.date).id, x: round(x(decimalYear(event.date))), y: laneY.get(lane) ?? 0 };
  });
  return {
    width: o.width,
    height: o.top + LANES.length * o.laneHeight + 24,
    x0: o.labelWidth,
    lanes,
    eras: ERAS.map((e) => ({ id: e.id, x0: round(x(decimalYear(e.from) - 0.5 / 365)), x1: round(x(Math.min(2026, decimalYear(e.to) + 0.5 / 365))) })),
    ticks: [2000, 2010, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map((year) => ({ year, x: round(x(year)) })),
    compressed: { x0: round(x(2000)), x1: round(x(COMPRESSED_UNTIL)) },
    events: placed,
  };
}
