/**
 * Charts as standalone SVG and PNG downloads: the chart's own wide SVG (rendered alone in
 * the state shown, src/lib/share/render-chart.ts), framed with its title, subtitle and source so it never travels without
 * them. Page CSS does not travel with a file, so the chart classes get an export
 * stylesheet with the light scheme's token values.
 */
import type { LegendItem } from '../../charts/legend.ts';
import { token } from '../tokens.ts';
import { escapeXml, IMAGE_FONT, wrapText } from './raster.ts';

export function exportCss(): string {
  const t = token;
  return `
text { font-family: '${IMAGE_FONT}'; fill: ${t('c-text')}; }
.bar-grid line, .tl-grid line { stroke: ${t('c-rule')}; }
.bar-grid text, .tl-grid text, .bar-missing { fill: ${t('c-muted')}; font-size: 11px; }
.bar-label { font-size: 13px; }
.bar-value { font-size: 12.5px; font-weight: bold; }
.bar-missing { font-style: italic; }
.series-0 rect, .series-0 { fill: ${t('c-accent')}; }
.series-1 rect, .series-1 { fill: ${t('c-compare')}; }
.bar-chart--one-series .bar { opacity: 0.12; } .bar-chart--one-series .bar.is-shown { opacity: 1; }
.region-map { background: ${t('c-surface')}; }
.map-neighbour { fill: ${t('c-land-context')}; stroke: ${t('c-border-context')}; stroke-width: 0.8; }
.q0 { fill: ${t('c-seq-0')}; } .q1 { fill: ${t('c-seq-1')}; } .q2 { fill: ${t('c-seq-2')}; } .q3 { fill: ${t('c-seq-3')}; } .q4 { fill: ${t('c-seq-4')}; }
.d0 { fill: ${t('c-div-0')}; } .d1 { fill: ${t('c-div-1')}; } .d2 { fill: ${t('c-div-2')}; } .d3 { fill: ${t('c-div-3')}; } .d4 { fill: ${t('c-div-4')}; }
.q-none { fill: ${t('c-nodata')}; }
.base { fill: ${t('c-map-base')}; }
.hatch-bg { fill: ${t('c-surface')}; } .hatch-line { stroke: ${t('c-outline')}; stroke-width: 1.6; }
.map-circle { fill: ${t('c-accent')}; fill-opacity: 0.72; stroke: ${t('c-bg')}; stroke-width: 1; }
.map-circle-key__circle { fill: none; stroke: ${t('c-text')}; stroke-width: 1; }
.map-circle-key__tick { stroke: ${t('c-muted')}; stroke-width: 0.8; stroke-dasharray: 2 2; }
.map-circle-key__value { stroke: ${t('c-surface')}; stroke-width: 3px; stroke-linejoin: round; paint-order: stroke; }
.map-locator__sea { fill: ${t('c-bg')}; } .map-locator__land { fill: ${t('c-land-context')}; }
.map-locator__borders { fill: none; stroke: ${t('c-border-context')}; stroke-width: 0.6; }
.map-locator__niger { fill: ${t('c-accent')}; } .map-locator__frame { fill: none; stroke: ${t('c-outline')}; stroke-width: 1; }
.map-hit { fill: none; stroke: ${t('c-text')}; stroke-width: 1.25; }
.map-borders { fill: none; stroke: ${t('c-border-region')}; stroke-width: 1.2; }
.map-outline { fill: none; stroke: ${t('c-outline')}; stroke-width: 1.4; }
.map-label { stroke: ${t('c-surface')}; stroke-width: 3px; stroke-linejoin: round; paint-order: stroke; }
.map-label--region { font-weight: bold; }
.map-label--neighbour { fill: ${t('c-muted')}; }
.map-town { fill: ${t('c-text')}; stroke: ${t('c-surface')}; stroke-width: 1; }
.map-callout { stroke: ${t('c-text')}; stroke-width: 1; }
.tl-compressed { fill: ${t('c-surface')}; }
.tl-era { fill: none; }
.tl-lane-line { stroke: ${t('c-rule')}; stroke-dasharray: 2 3; }
.tl-coup { stroke: ${t('c-text')}; stroke-width: 1.5; stroke-dasharray: 4 3; }
.tl-event { fill: ${t('c-cat-2')}; stroke: ${t('c-bg')}; stroke-width: 1; }
.tl-event--coup, .tl-event--expulsion, .tl-event--withdrawal, .tl-event--mission_end { fill: ${t('c-cat-1')}; }
.tl-event--attack { fill: ${t('c-cat-7')}; }
.tl-event--alliance { fill: ${t('c-cat-3')}; }
.cas-grid line, .cas-rule { stroke: ${t('c-rule')}; stroke-width: 1; }
.cas-grid text { fill: ${t('c-muted')}; font-size: 11px; }
.cas-title { font-size: 13px; font-weight: bold; }
.cas-attacker { fill: ${t('c-muted')}; font-size: 12.5px; font-weight: normal; }
.cas-row-label { font-size: 12px; }
.cas-value { font-size: 11.5px; font-weight: bold; stroke: ${t('c-bg')}; stroke-width: 3px; stroke-linejoin: round; paint-order: stroke; }
.cas-mark { stroke: ${t('c-text')}; stroke-width: 0.9; }
.cas-range, .cas-arrow { fill: none; stroke-width: 2; }
.cas-arrowhead { stroke: none; }
${[1, 2, 3, 4, 5].map((n) => `.rep-${n - 1} .cas-mark, .rep-${n - 1} .cas-arrowhead, .rep-${n - 1} { fill: ${t(`c-cat-${n}`)}; } .rep-${n - 1} .cas-arrow, .rep-${n - 1} .cas-range { stroke: ${t(`c-cat-${n}`)}; }`).join('\n')}
`;
}

/** A legend's rows (swatch or mark, then label), wrapped to a width; `y` is where the next element goes. */
export function legendParts(items: readonly LegendItem[], x0: number, y0: number, maxWidth: number, fontSize: number): { parts: string[]; y: number } {
  const legend = items.filter((l) => l.label);
  const parts: string[] = [];
  let y = y0;
  if (legend.length === 0) return { parts, y };
  const k = fontSize / 13;
  y += 6 * k;
  let x = x0;
  for (const item of legend) {
    const width = ((item.mark && !item.swatch ? 30 : 22) + item.label.length * 13 * 0.55) * k;
    if (x + width > maxWidth + x0) {
      x = x0;
      y += 20 * k;
    }
    const scale = k === 1 ? '' : ` scale(${k})`;
    const mark = item.mark
      ? `<g class="${item.swatch}" transform="translate(${x} ${y - 13 * k})${scale}">${item.mark}</g>`
      : item.swatch === 'dot'
        ? `<circle cx="${x + 6 * k}" cy="${y - 4 * k}" r="${4 * k}" fill="${token('c-text')}"/>`
        : `<g class="${item.swatch}"><rect x="${x}" y="${y - 10 * k}" width="${14 * k}" height="${10 * k}" rx="2"/></g>`;
    parts.push(`${mark}<text x="${x + (item.mark && !item.swatch ? 28 : 19) * k}" y="${y}" font-size="${fontSize}">${escapeXml(item.label)}</text>`);
    x += width + 16 * k;
  }
  return { parts, y: y + 8 * k };
}

/** The page's chart SVG as a nested, positioned SVG, without the page's ARIA roles and data attributes. */
export function placeChartSvg(chartSvg: string, box: { x: number; y: number; width: number; height: number }): string {
  return chartSvg
    .replace(/\sdata-astro-cid-\w+(="[^"]*")?/g, '')
    .replace(/\s(role|aria-[\w-]+|data-[\w-]+)="[^"]*"/g, '')
    .replace(/\sdata-[\w-]+(?=[\s>])/g, '')
    .replace(/^<svg\b/, `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"`);
}

/** The width and height of a chart SVG's viewBox. */
export function chartSize(chartSvg: string): { width: number; height: number } {
  const viewBox = chartSvg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/);
  if (!viewBox) throw new Error('Chart SVG without a viewBox');
  return { width: Number(viewBox[1]), height: Number(viewBox[2]) };
}

/** Frames a chart SVG with title, subtitle and source into one self-contained SVG document. */
export function standaloneChartSvg(o: { chartSvg: string; title: string; subtitle: string; source: string; legend?: readonly LegendItem[] }): string {
  const { width: w, height: h } = chartSize(o.chartSvg);
  const pad = 24;
  const width = w + 2 * pad;
  const titleLines = wrapText(o.title, 22, w);
  const subtitleLines = wrapText(o.subtitle, 14, w);
  const sourceLines = wrapText(o.source, 12, w);
  let y = pad + 22;
  const parts: string[] = [];
  for (const l of titleLines) {
    parts.push(`<text x="${pad}" y="${y}" font-size="22" font-weight="bold">${escapeXml(l)}</text>`);
    y += 28;
  }
  for (const l of subtitleLines) {
    parts.push(`<text x="${pad}" y="${y}" font-size="14" fill="${token('c-muted')}">${escapeXml(l)}</text>`);
    y += 19;
  }
  const legend = legendParts(o.legend ?? [], pad, y, w, 13);
  parts.push(...legend.parts);
  y = legend.y + 10;
  const inner = placeChartSvg(o.chartSvg, { x: pad, y, width: w, height: h });
  y += h + 22;
  for (const l of sourceLines) {
    parts.push(`<text x="${pad}" y="${y}" font-size="12" fill="${token('c-muted')}">${escapeXml(l)}</text>`);
    y += 16;
  }
  const height = Math.ceil(y + pad - 10);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<style>${exportCss()}</style>`,
    `<rect width="100%" height="100%" fill="${token('c-bg')}"/>`,
    ...parts,
    inner,
    `</svg>`,
  ].join('\n');
}
