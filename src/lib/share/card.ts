/** A chapter's share card (1200 × 630): site name, chapter title, its headline figure and source. */
import { token } from '../tokens.ts';
import { escapeXml, IMAGE_FONT, wrapText } from './raster.ts';
import type { Headline } from './headlines.ts';

export const CARD = { width: 1200, height: 630 } as const;

export function renderShareCard(o: { site: string; title: string; description: string; headline: Headline }): string {
  const pad = 72;
  const titleLines = wrapText(o.title, 64, CARD.width - 2 * pad).slice(0, 2);
  const labelLines = wrapText(o.headline.label, 30, CARD.width - 2 * pad).slice(0, 2);
  const titleY = 170;
  const figureY = titleY + titleLines.length * 74 + 120;
  const text = (x: number, y: number, size: number, fill: string, body: string, weight = 400) =>
    `<text x="${x}" y="${y}" font-family="${IMAGE_FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(body)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">`,
    `<rect width="100%" height="100%" fill="${token('c-bg')}"/>`,
    `<rect x="0" y="0" width="16" height="${CARD.height}" fill="${token('c-accent')}"/>`,
    text(pad, 92, 26, token('c-accent-text'), o.site.toUpperCase(), 700),
    ...titleLines.map((l, i) => text(pad, titleY + i * 74, 64, token('c-text'), l, 700)),
    text(pad, figureY, 112, token('c-accent'), o.headline.value, 700),
    ...labelLines.map((l, i) => text(pad, figureY + 52 + i * 38, 30, token('c-text'), l)),
    `<line x1="${pad}" x2="${CARD.width - pad}" y1="${CARD.height - 74}" y2="${CARD.height - 74}" stroke="${token('c-rule')}" stroke-width="2"/>`,
    text(pad, CARD.height - 36, 22, token('c-muted'), o.headline.source),
    `</svg>`,
  ].join('');
}
