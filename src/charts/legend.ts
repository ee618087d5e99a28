/** One entry of a chart's legend: the swatch's class, its label and, for marker keys, the mark's SVG. */
export interface LegendItem {
  swatch: string;
  label: string;
  mark?: string;
}
