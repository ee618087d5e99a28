/**
 * "How many died?": the notable attacks in data/incidents.csv for which the report gives
 * two or more death figures from different reporters (official, the attackers' claim,
 * other sources, ACLED, the report itself), and a pure dot-plot layout for them.
 *
 * Incident rows carry no qualifier column; whether a figure is approximate ("about"),
 * a lower bound ("at least", "more than") or an upper bound is read from the row's
 * curated note and its empty min/max fields.
 */
import { scaleLinear } from 'd3-scale';
import { DEATHS_BY, type AreaCode, type DeathsBy, type Incident, type Region } from '../data/types.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import type { Lang } from '../i18n/index.ts';
import { actorLabel } from '../lib/labels.ts';
import type { LegendItem } from './legend.ts';
import type { ChartTable } from './table-model.ts';

/** Whose deaths a figure counts. ACLED's fatality count covers everyone killed in the event. */
export type Victims = 'security_forces' | 'gendarmes' | 'civilians' | 'attackers' | 'all';
export const VICTIM_ORDER: readonly Victims[] = ['security_forces', 'gendarmes', 'civilians', 'attackers', 'all'];

/** How exact a figure is. */
export type Bound = 'exact' | 'approx' | 'at_least' | 'more_than' | 'at_most' | 'range';

export interface CasualtyFigure {
  reporter: DeathsBy;
  victims: Victims;
  min: number | null;
  max: number | null;
  bound: Bound;
  /** The rows stating this figure (the same figure can be stated in two sections). */
  rows: Incident[];
}

export interface CasualtyAttack {
  key: string;
  date: string;
  place: string;
  department: string | null;
  area: AreaCode;
  /** The region's name, for attacks the data places in no department. */
  areaName: string;
  /** Who attacked, as the data names them (e.g. "suspected ISSP"). */
  attacker: string;
  figures: CasualtyFigure[];
  rows: Incident[];
}

export const REPORTER_LABELS: Record<DeathsBy, { nl: string; en: string }> = {
  official: { nl: 'Officieel (regering, leger)', en: 'Official (government, army)' },
  claimed_by_perpetrator: { nl: 'Claim van de aanvallers', en: 'Claimed by the attackers' },
  other_sources: { nl: 'Andere bronnen', en: 'Other sources' },
  acled: { nl: 'ACLED', en: 'ACLED' },
  report: { nl: 'CGRS-rapport zelf', en: 'The CGRS report itself' },
};

/** Short forms for running text: "official 12, attackers' claim about 16". */
const REPORTER_WORDS: Record<DeathsBy, { nl: string; en: string }> = {
  official: { nl: 'officieel', en: 'official' },
  claimed_by_perpetrator: { nl: 'claim aanvallers', en: 'attackers’ claim' },
  other_sources: { nl: 'andere bronnen', en: 'other sources' },
  acled: { nl: 'ACLED', en: 'ACLED' },
  report: { nl: 'CGRS-rapport', en: 'CGRS report' },
};

export const VICTIM_LABELS: Record<Victims, { nl: string; en: string }> = {
  security_forces: { nl: 'soldaten', en: 'soldiers' },
  gendarmes: { nl: 'gendarmes', en: 'gendarmes' },
  civilians: { nl: 'burgers', en: 'civilians' },
  attackers: { nl: 'aanvallers', en: 'attackers' },
  all: { nl: 'alle doden', en: 'all deaths' },
};

/** Marker shape per reporter, so colour is never the only cue. */
export const REPORTER_SHAPES: Record<DeathsBy, 'circle' | 'triangle' | 'square' | 'diamond' | 'cross'> = {
  official: 'circle',
  claimed_by_perpetrator: 'triangle',
  other_sources: 'square',
  acled: 'diamond',
  report: 'cross',
};

export const reporterIndex = (r: DeathsBy): number => DEATHS_BY.indexOf(r);

/**
 * Rows whose deaths are not those of the attack's target although actor and target
 * say so: the note says who died. Keyed by date, place and locator.
 */
const VICTIM_OVERRIDES: Record<string, Victims> = {
  // "An unknown group on motorcycles attacked a military convoy; four members of the group were killed."
  '2025-01-20|between Koulele and Tesker|§6.7, voetnoot 213': 'attackers',
};

export function victimsOf(r: Incident): Victims {
  if (r.deaths_by === 'acled') return 'all';
  const override = VICTIM_OVERRIDES[`${r.date}|${r.place}|${r.locator}`];
  if (override) return override;
  // Rows where the army is the actor count the militants it killed.
  if (/\barmy\b/i.test(r.actor)) return 'attackers';
  if (/\bgendarmes\b/i.test(r.target)) return 'gendarmes';
  if (/civilian/i.test(r.target)) return 'civilians';
  return 'security_forces';
}

export function boundOf(r: Incident): Bound | null {
  const note = r.note ?? '';
  if (r.deaths_min !== null && r.deaths_max !== null) {
    if (r.deaths_min !== r.deaths_max) return 'range';
    return /"about"/i.test(note) ? 'approx' : 'exact';
  }
  if (r.deaths_min !== null) return /"at least"/i.test(note) ? 'at_least' : 'more_than';
  if (r.deaths_max !== null) return 'at_most';
  return null;
}

/** The value a figure's main mark sits at. */
export function figureValue(f: Pick<CasualtyFigure, 'min' | 'max'>): number {
  return (f.min ?? f.max) as number;
}

/** Short label at a mark: "12", "≈40", "≥10", ">100", "≤15", "14–16". */
export function figureText(f: Pick<CasualtyFigure, 'min' | 'max' | 'bound'>, lang: Lang): string {
  const n = (v: number | null) => (v === null ? '' : formatNumber(v, lang));
  switch (f.bound) {
    case 'approx':
      return `≈${n(f.min)}`;
    case 'at_least':
      return `≥${n(f.min)}`;
    case 'more_than':
      return `>${n(f.min)}`;
    case 'at_most':
      return `≤${n(f.max)}`;
    case 'range':
      return `${n(f.min)}–${n(f.max)}`;
    default:
      return n(f.min);
  }
}

/** The same figure in words, for the text alternative: "about 40", "more than 100". */
export function figureWords(f: Pick<CasualtyFigure, 'min' | 'max' | 'bound'>, lang: Lang): string {
  const n = (v: number | null) => (v === null ? '' : formatNumber(v, lang));
  const nl = lang === 'nl';
  switch (f.bound) {
    case 'approx':
      return `${nl ? 'ongeveer' : 'about'} ${n(f.min)}`;
    case 'at_least':
      return `${nl ? 'minstens' : 'at least'} ${n(f.min)}`;
    case 'more_than':
      return `${nl ? 'meer dan' : 'more than'} ${n(f.min)}`;
    case 'at_most':
      return `${nl ? 'maximaal' : 'at most'} ${n(f.max)}`;
    case 'range':
      return `${n(f.min)} ${nl ? 'tot' : 'to'} ${n(f.max)}`;
    default:
      return n(f.min);
  }
}

export function attackerLabel(actor: string, lang: Lang): string {
  const suspected = /^suspected (.+)$/i.exec(actor);
  if (suspected) return `${lang === 'nl' ? 'vermoedelijk' : 'suspected'} ${actorLabel(suspected[1]!, lang)}`;
  const probably = /^probably (.+)$/i.exec(actor);
  if (probably) return `${lang === 'nl' ? 'waarschijnlijk' : 'probably'} ${actorLabel(probably[1]!, lang)}`;
  if (actor === 'unknown group on motorcycles') return lang === 'nl' ? 'onbekende groep op motoren' : 'unknown group on motorcycles';
  return actorLabel(actor, lang);
}

/** Place names as the data writes them ("near Krogoungou"), in the page's language. */
export function placeLabel(place: string, lang: Lang): string {
  if (lang === 'en') return place;
  return place
    .replace(/^between (.+) and (.+)$/, 'tussen $1 en $2')
    .replace(/^around /, 'rond ')
    .replace(/^near /, 'nabij ')
    .replace(/ \(counter-operation\)$/, ' (tegenoffensief)');
}

/** "25 mei 2025 · Eknewane (Tillia)" */
export function attackTitle(a: Pick<CasualtyAttack, 'date' | 'place' | 'department' | 'areaName'>, lang: Lang): string {
  const date = formatDate(a.date, lang);
  return `${date.charAt(0).toUpperCase()}${date.slice(1)} · ${placeLabel(a.place, lang)} (${a.department ?? a.areaName})`;
}

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

/** The chart's text alternative: every attack and every figure, in words. */
export function casualtySummary(attacks: readonly CasualtyAttack[], lang: Lang): string {
  const intro =
    lang === 'nl'
      ? `Puntgrafiek van de dodentallen van ${attacks.length === 1 ? 'één aanval' : `${attacks.length} aanvallen`}, per bron. `
      : `Dot plot of the death tolls of ${attacks.length === 1 ? 'one attack' : `${attacks.length} attacks`}, by who reported them. `;
  const parts = attacks.map((a) => {
    const groups = VICTIM_ORDER.flatMap((v) => {
      const figs = a.figures.filter((f) => f.victims === v);
      if (figs.length === 0) return [];
      return [`${VICTIM_LABELS[v][lang]}: ${figs.map((f) => `${REPORTER_WORDS[f.reporter][lang]} ${figureWords(f, lang)}`).join(', ')}`];
    });
    return `${attackTitle(a, lang)}, ${attackerLabel(a.attacker, lang)}: ${groups.join('; ')}`;
  });
  return `${intro}${parts.join('. ')}.`;
}

/** The chart's data: one row per incident row used, with provenance. */
export function casualtyTable(attacks: readonly CasualtyAttack[]): ChartTable {
  return {
    columns: [
      { key: 'attack', label: { nl: 'Aanval', en: 'Attack' } },
      { key: 'date', label: { nl: 'Datum', en: 'Date' } },
      { key: 'attacker', label: { nl: 'Aanvaller', en: 'Attacker' } },
      { key: 'victims', label: { nl: 'Doden', en: 'Dead' } },
      { key: 'reported_by', label: { nl: 'Gemeld door', en: 'Reported by' } },
      { key: 'deaths_min', label: { nl: 'Minimum', en: 'Minimum' }, numeric: true },
      { key: 'deaths_max', label: { nl: 'Maximum', en: 'Maximum' }, numeric: true },
      { key: 'bound', label: { nl: 'Soort cijfer', en: 'Kind of figure' } },
      { key: 'source_id', label: { nl: 'Bron', en: 'Source' } },
      { key: 'locator', label: { nl: 'Vindplaats', en: 'Locator' } },
    ],
    rows: attacks.flatMap((a) =>
      a.figures.flatMap((f) =>
        f.rows.map((r) => ({
          attack: attackTitle(a, 'en'),
          date: r.date,
          attacker: a.attacker,
          victims: VICTIM_LABELS[f.victims].en,
          reported_by: f.reporter,
          deaths_min: r.deaths_min,
          deaths_max: r.deaths_max,
          bound: f.bound.replace('_', ' '),
          source_id: r.source_id,
          locator: r.locator,
        })),
      ),
    ),
  };
}

/* ---------- Layout ---------- */

export interface CasualtyLayoutOptions {
  width: number;
  /** Room left of the plot for the row labels ("soldiers", "all deaths"). */
  labelWidth: number;
  /** Room right of the plot for arrows and labels of the largest values. */
  rightPad: number;
  rowHeight: number;
  groupGap: number;
  /** Narrow screens: the attacker goes on a line of its own under the place. */
  twoLineHeaders: boolean;
  /** Approximate width of one character of the header (for the line-break decision). */
  headerCharWidth?: number;
  /** Approximate width of one character of a value label. */
  labelCharWidth?: number;
  markerSize?: number;
  arrowLength?: number;
}

export interface DotFigure {
  reporter: DeathsBy;
  shape: (typeof REPORTER_SHAPES)[DeathsBy];
  /** Centre(s) of the marks: one, or two for a range. */
  xs: number[];
  y: number;
  /** Open end: an arrow to the right (more than, at least) or to the left (at most). */
  arrow: { x1: number; x2: number } | null;
  label: string;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'middle' | 'end';
}

export interface DotRow {
  victims: Victims;
  label: string;
  y: number;
  labelY: number;
  figures: DotFigure[];
}

export interface HeaderPart {
  text: string;
  kind: 'title' | 'attacker';
}

/**
 * Breaks "date · place (department)" and the attacker into lines that fit `width`,
 * breaking only at spaces. With `attackerOwnLine` the attacker always starts a new line.
 */
export function wrapHeader(title: string, attacker: string, width: number, charWidth: number, attackerOwnLine: boolean): HeaderPart[][] {
  const max = Math.max(8, Math.floor(width / charWidth));
  const fill = (text: string, start: number): string[] => {
    const lines: string[] = [];
    let line = '';
    let room = max - start;
    for (const word of text.split(' ')) {
      const next = line === '' ? word : `${line} ${word}`;
      if (next.length > room && line !== '') {
        lines.push(line);
        line = word;
        room = max;
      } else line = next;
    }
    lines.push(line);
    return lines;
  };
  const titleLines = fill(title, 0);
  const result: HeaderPart[][] = titleLines.map((t) => [{ text: t, kind: 'title' }]);
  const last = result[result.length - 1]!;
  const lastLength = titleLines[titleLines.length - 1]!.length;
  if (!attackerOwnLine && lastLength + 3 + attacker.length <= max) {
    last.push({ text: ` · ${attacker}`, kind: 'attacker' });
  } else {
    for (const t of fill(attacker, 0)) result.push([{ text: t, kind: 'attacker' }]);
  }
  return result;
}

export interface DotGroup {
  key: string;
  title: string;
  attacker: string;
  /** The header, wrapped: each line's baseline and its parts (the place in bold, the attacker muted). */
  lines: { y: number; parts: HeaderPart[] }[];
  ruleY: number;
  rows: DotRow[];
}

export interface CasualtyLayout {
  width: number;
  height: number;
  x0: number;
  x1: number;
  ticks: { x: number; value: number }[];
  /** Baselines of the tick labels above and below the plot, and the grid's extent. */
  topAxisY: number;
  bottomAxisY: number;
  gridTop: number;
  gridBottom: number;
  groups: DotGroup[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** SVG path of a marker centred on (x, y), about `size` across. */
export function markerPath(shape: (typeof REPORTER_SHAPES)[DeathsBy], x: number, y: number, size: number): string {
  const h = size / 2;
  const f = (n: number) => String(round(n));
  switch (shape) {
    case 'circle':
      return `M${f(x - h)} ${f(y)}a${f(h)} ${f(h)} 0 1 0 ${f(size)} 0a${f(h)} ${f(h)} 0 1 0 ${f(-size)} 0Z`;
    case 'square': {
      const s = h * 0.88;
      return `M${f(x - s)} ${f(y - s)}H${f(x + s)}V${f(y + s)}H${f(x - s)}Z`;
    }
    case 'triangle':
      return `M${f(x)} ${f(y - h * 1.15)}L${f(x + h * 1.1)} ${f(y + h * 0.8)}H${f(x - h * 1.1)}Z`;
    case 'diamond':
      return `M${f(x)} ${f(y - h * 1.25)}L${f(x + h * 1.05)} ${f(y)}L${f(x)} ${f(y + h * 1.25)}L${f(x - h * 1.05)} ${f(y)}Z`;
    case 'cross': {
      const a = h * 1.05;
      const t = h * 0.38;
      return `M${f(x - t)} ${f(y - a)}H${f(x + t)}V${f(y - t)}H${f(x + a)}V${f(y + t)}H${f(x + t)}V${f(y + a)}H${f(x - t)}V${f(y + t)}H${f(x - a)}V${f(y - t)}H${f(x - t)}Z`;
    }
  }
}

/** An open end: the shaft and a small head at x2. */
export function arrowPath(x1: number, x2: number, y: number): { shaft: string; head: string } {
  const dir = x2 > x1 ? 1 : -1;
  const f = (n: number) => String(round(n));
  return {
    shaft: `M${f(x1)} ${f(y)}H${f(x2 - dir * 4)}`,
    head: `M${f(x2)} ${f(y)}L${f(x2 - dir * 6)} ${f(y - 4)}V${f(y + 4)}Z`,
  };
}

export function layoutCasualties(attacks: readonly CasualtyAttack[], lang: Lang, o: CasualtyLayoutOptions): CasualtyLayout {
  const headerChar = o.headerCharWidth ?? 7;
  const labelChar = o.labelCharWidth ?? 7.2;
  const marker = o.markerSize ?? 11;
  const arrowLength = o.arrowLength ?? 16;
  const x0 = o.labelWidth;
  const x1 = o.width - o.rightPad;
  const values = attacks.flatMap((a) => a.figures.flatMap((f) => [f.min, f.max].filter((v): v is number => v !== null)));
  const x = scaleLinear()
    .domain([0, Math.max(1, ...values)])
    .range([x0, x1])
    .nice(5);
  const ticks = x.ticks(5).map((value) => ({ x: round(x(value)), value }));

  const topAxisY = 12;
  const gridTop = 20;
  let y = gridTop + 8;
  const groups: DotGroup[] = attacks.map((a, gi) => {
    const title = attackTitle(a, lang);
    const attacker = attackerLabel(a.attacker, lang);
    const ruleY = gi > 0 ? y + o.groupGap / 2 : y;
    if (gi > 0) y += o.groupGap;
    const headerLines = wrapHeader(title, attacker, o.width, headerChar, o.twoLineHeaders);
    const titleY = y + 14;
    const lines = headerLines.map((parts, i) => ({ y: round(titleY + i * 16), parts }));
    y = titleY + (lines.length - 1) * 16 + 4;
    const rows: DotRow[] = VICTIM_ORDER.flatMap((v) => {
      const figs = a.figures.filter((f) => f.victims === v);
      if (figs.length === 0) return [];
      const rowY = y;
      const cy = rowY + 19;
      const placed: DotFigure[] = figs
        .map((f) => {
          const xs = f.bound === 'range' ? [x(f.min!), x(f.max!)] : [x(figureValue(f))];
          const main = xs[0]!;
          const arrow =
            f.bound === 'more_than' || f.bound === 'at_least'
              ? { x1: main + marker / 2, x2: main + marker / 2 + arrowLength }
              : f.bound === 'at_most'
                ? { x1: main - marker / 2, x2: Math.max(x0, main - marker / 2 - arrowLength) }
                : null;
          const centre = xs.length === 2 ? (xs[0]! + xs[1]!) / 2 : main;
          return { f, xs: xs.map(round), arrow: arrow && { x1: round(arrow.x1), x2: round(arrow.x2) }, centre };
        })
        .sort((p, q) => p.centre - q.centre)
        .map((p, _i, all) => {
          // An open end stops short of the next mark in its path.
          if (!p.arrow) return p;
          const others = all.filter((q) => q !== p).flatMap((q) => q.xs);
          const gap = marker / 2 + 3;
          const right = p.arrow.x2 > p.arrow.x1;
          const limit = right ? Math.min(Infinity, ...others.filter((v) => v > p.xs[0]!).map((v) => v - gap)) : Math.max(-Infinity, ...others.filter((v) => v < p.xs[0]!).map((v) => v + gap));
          const x2 = right ? Math.max(p.arrow.x1 + 8, Math.min(p.arrow.x2, limit)) : Math.min(p.arrow.x1 - 6, Math.max(p.arrow.x2, limit));
          return { ...p, arrow: { x1: p.arrow.x1, x2: round(x2) } };
        })
        .map(({ f, xs, arrow, centre }) => {
          const label = figureText(f, lang);
          return { reporter: f.reporter, shape: REPORTER_SHAPES[f.reporter], xs, y: round(cy), arrow, label, labelX: round(centre), labelY: round(cy - 10), labelAnchor: 'middle' as const };
        });
      // Value labels sit above their marks; one that would touch the previous label goes below.
      let lastRight = -Infinity;
      let below = false;
      for (const p of placed) {
        const w = p.label.length * labelChar;
        let left = p.labelX - w / 2;
        if (left < x0 - 4) {
          p.labelX = round(x0 - 4);
          p.labelAnchor = 'start';
          left = x0 - 4;
        }
        if (left < lastRight + 5) {
          p.labelY = round(cy + 19);
          below = true;
        } else {
          lastRight = left + w;
        }
      }
      y = rowY + o.rowHeight + (below ? 12 : 0);
      return [{ victims: v, label: VICTIM_LABELS[v][lang], y: rowY, labelY: round(cy + 4), figures: placed }];
    });
    return { key: a.key, title, attacker, lines, ruleY: round(ruleY), rows };
  });
  const gridBottom = y + 4;
  const bottomAxisY = gridBottom + 14;
  return { width: o.width, height: round(bottomAxisY + 6), x0, x1, ticks, topAxisY, bottomAxisY: round(bottomAxisY), gridTop, gridBottom: round(gridBottom), groups };
}

/** The size of a reporter's mark in the key and the wide chart. */
export const CASUALTY_MARKER = 11;

/** One entry of the chart's key: a reporter's mark, or an arrow for open-ended figures (1: more than, -1: at most). */
export type CasualtyKeyItem = { reporter: DeathsBy; label: string } | { arrow: 1 | -1; label: string };

/** The key above the chart: the reporters the attacks use, then the arrows their figures need. */
export function casualtyKey(attacks: readonly CasualtyAttack[], lang: Lang): CasualtyKeyItem[] {
  const used = DEATHS_BY.filter((r) => attacks.some((a) => a.figures.some((f) => f.reporter === r)));
  const hasMore = attacks.some((a) => a.figures.some((f) => f.bound === 'more_than' || f.bound === 'at_least'));
  const hasAtMost = attacks.some((a) => a.figures.some((f) => f.bound === 'at_most'));
  return [
    ...used.map((reporter) => ({ reporter, label: REPORTER_LABELS[reporter][lang] })),
    ...(hasMore ? [{ arrow: 1 as const, label: lang === 'nl' ? 'meer dan of minstens' : 'more than or at least' }] : []),
    ...(hasAtMost ? [{ arrow: -1 as const, label: lang === 'nl' ? 'maximaal' : 'at most' }] : []),
  ];
}

/** The key's arrow, in a 24 × 14 box. */
export function keyArrow(dir: 1 | -1): { shaft: string; head: string } {
  return arrowPath(dir === 1 ? 2 : 22, dir === 1 ? 22 : 2, 7);
}

/** The key as legend items for an exported image: each mark as the SVG the chart draws. */
export function casualtyLegend(attacks: readonly CasualtyAttack[], lang: Lang): LegendItem[] {
  return casualtyKey(attacks, lang).map((k) => {
    if ('reporter' in k) {
      const mark = `<path class="cas-mark" d="${markerPath(REPORTER_SHAPES[k.reporter], 8, 8, CASUALTY_MARKER)}"></path>`;
      return { swatch: `rep-${reporterIndex(k.reporter)}`, mark, label: k.label };
    }
    const a = keyArrow(k.arrow);
    return { swatch: '', mark: `<path class="cas-arrow" d="${a.shaft}"></path> <path class="cas-arrowhead" d="${a.head}"></path>`, label: k.label };
  });
}
