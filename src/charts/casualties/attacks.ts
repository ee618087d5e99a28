/** The incident rows grouped into attacks, each with its distinct death figures. */
import type { Incident, Region } from '../../data/types.ts';
import { boundOf, figureValue, victimsOf } from './classify.ts';
import type { CasualtyAttack, CasualtyFigure } from './model.ts';

/** The attack's perpetrator: the first actor that is not the army answering the attack. */
function attackerOf(rows: readonly Incident[]): string {
  return rows.find((r) => !/\barmy\b/i.test(r.actor))?.actor ?? rows[0]!.actor;
}

/** Every incident with its figures, grouped by date and place, in date order. */
export function attacksFrom(rows: readonly Incident[], regions: readonly Region[]): CasualtyAttack[] {
  const byKey = new Map<string, Incident[]>();
  for (const r of rows) {
    const key = `${r.date}|${r.place ?? ''}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  const attacks: CasualtyAttack[] = [];
  for (const [key, group] of byKey) {
    const figures: CasualtyFigure[] = [];
    for (const r of group) {
      const bound = boundOf(r);
      if (bound === null) continue;
      const victims = victimsOf(r);
      const same = figures.find((f) => f.reporter === r.deaths_by && f.victims === victims && f.min === r.deaths_min && f.max === r.deaths_max);
      if (same) same.rows.push(r);
      else figures.push({ reporter: r.deaths_by, victims, min: r.deaths_min, max: r.deaths_max, bound, rows: [r] });
    }
    const first = group[0]!;
    attacks.push({ key, date: first.date, place: first.place ?? '', department: first.department, area: first.area, areaName: regions.find((x) => x.code === first.area)?.name ?? first.area, attacker: attackerOf(group), figures, rows: group });
  }
  return attacks.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The attacks with death figures from two or more different reporters: the chart's rows. */
export function disputedAttacks(rows: readonly Incident[], regions: readonly Region[]): CasualtyAttack[] {
  return attacksFrom(rows, regions).filter((a) => new Set(a.figures.map((f) => f.reporter)).size >= 2);
}

/**
 * True when, in every attack where the government gave a toll for its own troops, that
 * toll is the lowest figure any reporter gives for them (the prose says so).
 */
export function officialOwnLossesAlwaysLowest(attacks: readonly CasualtyAttack[]): boolean {
  return attacks.every((a) => {
    const own = a.figures.filter((f) => f.victims === 'security_forces');
    const official = own.filter((f) => f.reporter === 'official');
    return official.every((o) => own.every((f) => f === o || figureValue(f) > figureValue(o)));
  });
}
