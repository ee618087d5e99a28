import { describe, expect, it } from 'vitest';
import { civilianTargetingBars, civilianTargetingRemainder } from '../../src/charts/violence.ts';
import type { AcledCount } from '../../src/data/types.ts';

const row = (actor: string, incidents: number | null): AcledCount => ({
  period_start: '2024-09-01',
  period_end: '2025-05-30',
  area: 'NE',
  department: null,
  event_type: 'civilian_targeting',
  sub_event_type: 'all',
  actor,
  incidents,
  fatalities: null,
  source_id: 'cgrs-coi-niger-2025',
  locator: '§5',
  note: null,
});

describe('civilian targeting by actor', () => {
  const rows = [row('all', 101), row('ISSP', 52), row('JNIM', 13), row('ISWAP', 5)];

  it('derives the incidents no named actor accounts for, from the total', () => {
    const rest = civilianTargetingRemainder(rows);
    expect(rest.value).toBe(101 - 52 - 13 - 5);
    expect(rest.named.map((r) => r.actor)).toEqual(['ISSP', 'JNIM', 'ISWAP']);
  });

  it('shows the remainder as a bar of its own, after the named actors', () => {
    const bars = civilianTargetingBars(rows, 'en', 'Other or not named (derived)');
    expect(bars.map((b) => [b.label, b.values[0]])).toEqual([
      ['ISSP', 52],
      ['JNIM', 13],
      ['ISWAP', 5],
      ['Other or not named (derived)', 31],
    ]);
  });

  it('refuses named actors that add up to more than the total, and a total that is missing', () => {
    expect(() => civilianTargetingRemainder([row('all', 10), row('ISSP', 52)])).toThrow(/exceed/);
    expect(() => civilianTargetingRemainder([row('ISSP', 52)])).toThrow(/no total/);
  });
});
