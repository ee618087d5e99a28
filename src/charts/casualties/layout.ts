/** The casualty chart's layout: one block per attack, one line per group of dead, one mark per figure. */
import { scaleLinear } from 'd3-scale';
import type { DeathsBy } from '../../data/types.ts';
import type { Lang } from '../../i18n/lang.ts';
import { figureValue } from './classify.ts';
import { wrapHeader, type HeaderPart } from './header.ts';
import { round } from './marks.ts';
import { REPORTER_SHAPES, VICTIM_ORDER, type CasualtyAttack, type CasualtyWords, type Victims } from './model.ts';
import { attackerLabel, attackTitle, figureText } from './text.ts';

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

export function layoutCasualties(attacks: readonly CasualtyAttack[], words: CasualtyWords, lang: Lang, o: CasualtyLayoutOptions): CasualtyLayout {
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
    const title = attackTitle(a, words, lang);
    const attacker = attackerLabel(a.attacker, words, lang);
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
      return [{ victims: v, label: words.victims[v], y: rowY, labelY: round(cy + 4), figures: placed }];
    });
    return { key: a.key, title, attacker, lines, ruleY: round(ruleY), rows };
  });
  const gridBottom = y + 4;
  const bottomAxisY = gridBottom + 14;
  return { width: o.width, height: round(bottomAxisY + 6), x0, x1, ticks, topAxisY, bottomAxisY: round(bottomAxisY), gridTop, gridBottom: round(gridBottom), groups };
}
