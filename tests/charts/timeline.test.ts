import { describe, expect, it } from 'vitest';
import { COMPRESSED_UNTIL, decimalYear, endOf, eraOf, ERAS, LANES, laneOf, layoutTimeline } from '../../src/charts/timeline.ts';
import { timeline } from '../../src/data/select.ts';
import { ui } from '../../src/i18n/index.ts';
import { csvRows } from '../helpers/csv-rows.ts';
import { timelineRow } from '../helpers/rows.ts';

const options = { width: 900, labelWidth: 120, laneHeight: 30, top: 20 };

describe('endOf(date) and decimalYear(date)', () => {
  it('read a partial date as the last day it can mean, leap years included', () => {
    expect(endOf('2023')).toBe('2023-12-31');
    expect(endOf('2024-02')).toBe('2024-02-29');
    expect(endOf('2023-02')).toBe('2023-02-28');
    expect(endOf('1900-02')).toBe('1900-02-28');
    expect(endOf('2023-07-26')).toBe('2023-07-26');
  });

  it('place a partial date at the middle of what it can mean', () => {
    expect(decimalYear('2023')).toBe(2023.5);
    expect(decimalYear('2023-07')).toBeCloseTo(2023 + 6.5 / 12);
    expect(decimalYear('2023-01-01')).toBeCloseTo(2023 + 0.5 / 365);
  });
});

describe('eraOf(date)', () => {
  it('puts an event in the era in which its period ends', () => {
    expect(eraOf('2023-07-26').id).toBe('coup');
    expect(eraOf('2023-07-27').id).toBe('unravelling');
    // "2023" may mean any day of the year, up to after the coup: not placed before it.
    expect(eraOf('2023').id).toBe('unravelling');
    expect(eraOf('2012').id).toBe('beginnings');
    expect(eraOf('2013-01').id).toBe('missions');
  });

  it('has eras that follow each other without a gap or overlap', () => {
    for (let i = 1; i < ERAS.length; i++) {
      const next = new Date(`${ERAS[i - 1]!.to}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(ERAS[i]!.from).toBe(next.toISOString().slice(0, 10));
    }
  });
});

describe('laneOf(actor)', () => {
  it('groups actors into lanes, and anything unknown into the last', () => {
    expect(laneOf('Italy').id).toBe('germany');
    expect(laneOf('ECOWAS').id).toBe('regional');
    expect(laneOf('Atlantis').id).toBe('other');
  });

  it('gives every actor in data/timeline.csv a lane of its own kind; “other” (neighbours, attacks) only to “other” and armed groups', () => {
    // An armed group's events are attacks and foundings: they share the “other” lane. A group counts
    // when data/armed-groups.csv names it or lists it as an alias (Boko Haram, ISGS).
    const groups = new Set(csvRows('armed-groups.csv').flatMap((g) => [g.group!, ...g.aliases!.split(';').map((a) => a.trim())]));
    for (const row of csvRows('timeline.csv')) expect(laneOf(row.actor!).id === 'other', row.actor).toBe(row.actor === 'other' || groups.has(row.actor!));
    expect(groups.has('Niger')).toBe(false);
  });
});

describe('layoutTimeline(events, options)', () => {
  const layout = layoutTimeline(timeline, options);

  it('places every event of data/timeline.csv, later dates further right', () => {
    expect(layout.events).toHaveLength(csvRows('timeline.csv').length);
    const byDate = [...layout.events].sort((a, b) => decimalYear(a.event.date) - decimalYear(b.event.date));
    for (let i = 1; i < byDate.length; i++) expect(byDate[i]!.x).toBeGreaterThanOrEqual(byDate[i - 1]!.x);
    for (const e of layout.events) {
      expect(e.x).toBeGreaterThanOrEqual(options.labelWidth);
      expect(e.x).toBeLessThanOrEqual(options.width);
    }
  });

  it('puts each event on its actor’s lane', () => {
    const fixture = layoutTimeline([timelineRow({ actor: 'Belgium', date: '2001' }), timelineRow({ actor: 'Russia', date: '2024-01-15' })], options);
    const laneY = (id: string) => fixture.lanes.find((l) => l.id === id)!.y;
    expect(fixture.events.map((e) => [e.lane, e.y])).toEqual([
      ['belgium', laneY('belgium')],
      ['russia', laneY('russia')],
    ]);
    expect(fixture.events.map((e) => e.era)).toEqual(['beginnings', 'unravelling']);
  });

  it('gives the two decades before 2020 a third of the axis', () => {
    const right = options.width - 12;
    const { x0, x1 } = layout.compressed;
    expect(x0).toBe(options.labelWidth);
    expect(x1 - x0).toBeCloseTo((right - options.labelWidth) / 3, 0);
    expect(layout.ticks.find((t) => t.year === COMPRESSED_UNTIL)!.x).toBe(x1);
  });

  it('has one row per lane and one band per era, in order', () => {
    expect(layout.lanes.map((l) => l.id)).toEqual(LANES.map((l) => l.id));
    expect(layout.eras.map((e) => e.id)).toEqual(ERAS.map((e) => e.id));
    for (let i = 1; i < layout.eras.length; i++) expect(layout.eras[i]!.x0).toBeGreaterThanOrEqual(layout.eras[i - 1]!.x1 - 0.2);
  });
});

describe('timeline lanes and eras', () => {
  it('have a name in both dictionaries for every id', () => {
    for (const lang of ['nl', 'en'] as const) {
      const w = ui(lang).charts.timeline;
      for (const lane of LANES) expect([w.lanes[lane.id], w.lanesShort[lane.id]]).not.toContain(undefined);
      for (const era of ERAS) expect(w.eras[era.id]).toBeTruthy();
    }
  });
});
