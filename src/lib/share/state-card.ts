/**
 * A chart's share card in one state (1200 × 630): the chart as the page renders it in that
 * state, with its legend, under the chart's title and the state it shows, and its source.
 * Tall charts (the map) sit beside the words, wide ones below them.
 */
import type { LegendItem } from '../../charts/legend.ts';
import { token } from '../tokens.ts';
import { CARD } from './card.ts';
import { chartSize, exportCss, legendParts, placeChartSvg } from './chart-export.ts';
import { escapeXml, IMAGE_FONT, wrapText } from './raster.ts';

interface StateCard {
  site: string;
  title: string;
  /** What the chart shows in this state; null for a chart without toggles. */
  state: string | null;
  source: string;
  chartSvg: string;
  legend: readonly LegendItem[];
}

type Box = { x: number; y: number; width: number; height: number };

const text = (x: number, y: number, size: number, fill: string, body: string, weight = 400) =>
  `<text x="${x}" y="${y}" font-family="${IMAGE_FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(body)}</text>`;

/** Lines of text from a top edge; returns the parts and the y below them. */
function block(lines: string[], x: number, top: number, size: number, lineHeight: number, fill: string, weight = 400): { parts: string[]; y: number } {
  return { parts: lines.map((l, i) => text(x, top + size + i * lineHeight, size, fill, l, weight)), y: top + lines.length * lineHeight };
}

/** At most `max` lines, the last marked when text was cut (long source lists; the page has them all). */
function clip(lines: string[], max: number): string[] {
  return lines.length <= max ? lines : [...lines.slice(0, max - 1), `${lines[max - 1]} …`];
}

/** The legend, then the chart scaled to fit what is left of the box, centred. */
function chartIn(o: StateCard, box: Box, legendSize: number): string[] {
  const legend = legendParts(o.legend, box.x, box.y + legendSize, box.width, legendSize);
  const top = o.legend.length > 0 ? legend.y + 8 : box.y;
  const { width, height } = chartSize(o.chartSvg);
  const scale = Math.min(box.width / width, (box.y + box.height - top) / height);
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  return [...legend.parts, placeChartSvg(o.chartSvg, { x: box.x + Math.round((box.width - w) / 2), y: top, width: w, height: h })];
}

export function renderStateCard(o: StateCard): string {
  const pad = 56;
  const { width, height } = chartSize(o.chartSvg);
  const beside = width / height < 1.6;
  const parts: string[] = [text(pad, 70, 22, token('c-accent-text'), o.site.toUpperCase(), 700)];
  const column = beside ? 430 : CARD.width - 2 * pad;
  const title = block(wrapText(o.title, 40, column).slice(0, 3), pad, 88, 40, 48, token('c-text'), 700);
  parts.push(...title.parts);
  const state = block(o.state ? wrapText(o.state, 26, column).slice(0, 3) : [], pad, title.y + 4, 26, 34, token('c-accent-text'), 700);
  parts.push(...state.parts);
  const sourceLines = clip(wrapText(o.source, 15, column), beside ? 6 : 2);
  const sourceTop = CARD.height - 34 - sourceLines.length * 20;
  parts.push(...block(sourceLines, pad, sourceTop, 15, 20, token('c-muted')).parts);
  const box: Box = beside
    ? { x: pad + column + 40, y: 96, width: CARD.width - pad - column - 40 - 40, height: CARD.height - 96 - 40 }
    : { x: pad, y: state.y + 12, width: column, height: sourceTop - state.y - 24 };
  parts.push(...chartIn(o, box, beside ? 15 : 16));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">`,
    `<style>${exportCss()}</style>`,
    `<rect width="100%" height="100%" fill="${token('c-bg')}"/>`,
    `<rect x="0" y="0" width="16" height="${CARD.height}" fill="${token('c-accent')}"/>`,
    ...parts,
    `</svg>`,
  ].join('\n');
}
