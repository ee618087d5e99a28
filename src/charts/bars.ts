import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';

/**
 * Horizontal bar layout, for one series or several side by side per category. Pure:
 * labels, lengths and positions in, coordinates out; the component only draws them.
 */
export interface BarDatum {
  category: string;
  label: string;
  /** One value per series, null where the source gives none. */
  values: (number | null)[];
  /** Text after each value, e.g. "≈" or a qualifier; same order as values. */
  valueLabels: string[];
  /** Computed here, not stated by the source (e.g. the rest of a total): drawn in a muted colour. */
  derived?: boolean;
}

export interface BarLayoutOptions {
  width: number;
  /** Width reserved left of the bars for the category labels. */
  labelWidth: number;
  barHeight: number;
  barGap: number;
  groupGap: number;
  /** Room right of the longest bar for its value label. */
  valueRoom: number;
  top?: number;
  /** Narrow screens: the category label sits on its own line above the bars. */
  labelsAbove?: boolean;
}

export interface BarRect {
  series: number;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number | null;
  valueLabel: string;
  labelX: number;
}

export interface BarGroup {
  category: string;
  label: string;
  /** Baseline of the category label. */
  labelY: number;
  y: number;
  height: number;
  bars: BarRect[];
}

export interface BarLayout {
  width: number;
  height: number;
  groups: BarGroup[];
  ticks: { x: number; value: number }[];
  x0: number;
}

export function layoutBars(data: readonly BarDatum[], seriesCount: number, o: BarLayoutOptions): BarLayout {
  const top = o.top ?? 4;
  const above = o.labelsAbove ?? false;
  const labelHeight = above ? 18 : 0;
  const x0 = above ? 0 : o.labelWidth;
  const biggest = max(data.flatMap((d) => d.values.filter((v): v is number => v !== null))) ?? 1;
  const x = scaleLinear()
    .domain([0, biggest])
    .range([x0, o.width - o.valueRoom])
    .nice(4);
  const groupHeight = seriesCount * o.barHeight + (seriesCount - 1) * o.barGap;
  const slot = groupHeight + labelHeight + o.groupGap;
  const groups = data.map((d, i) => {
    const y = top + i * slot + labelHeight;
    return {
      category: d.category,
      label: d.label,
      labelY: round(above ? y - 5 : y + groupHeight / 2 + 5),
      y,
      height: groupHeight,
      bars: d.values.map((value, s) => {
        const end = value === null ? x0 : x(value);
        return {
          series: s,
          x: x0,
          y: round(y + s * (o.barHeight + o.barGap)),
          width: round(Math.max(value === null ? 0 : 1, end - x0)),
          height: o.barHeight,
          value,
          valueLabel: d.valueLabels[s] ?? '',
          labelX: round(end + 6),
        };
      }),
    };
  });
  const height = top + data.length * slot - o.groupGap + 22;
  return {
    width: o.width,
    height: round(height),
    groups,
    ticks: x.ticks(4).map((value) => ({ x: round(x(value)), value })),
    x0,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
