/** SVG → PNG at build time with resvg, using fonts shipped in node_modules so every machine renders alike. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const IMAGE_FONT = 'DejaVu Sans';

export function svgToPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: {
      loadSystemFonts: false,
      fontFiles: [join(FONT_DIR, 'DejaVuSans.ttf'), join(FONT_DIR, 'DejaVuSans-Bold.ttf'), join(FONT_DIR, 'DejaVuSans-Oblique.ttf')],
      defaultFontFamily: IMAGE_FONT,
      sansSerifFamily: IMAGE_FONT,
    },
  });
  return resvg.render().asPng();
}

/**
 * A share card's PNG with a 256-colour palette: cards are flat colours and text, so it looks
 * the same at about a third of the bytes (there is one per chart state and language).
 */
export function paletteCard(png: Buffer): Promise<Buffer> {
  return sharp(png).png({ palette: true, effort: 10, compressionLevel: 9 }).toBuffer();
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Spaces a line may break at: any but the no-break ones (French "Source\u00a0:", "507\u202f438"). */
const BREAKABLE_SPACE = /(?:(?![\u00a0\u2007\u202f])\s)+/;

/** Greedy word wrap by estimated width (DejaVu Sans averages about 0.55 em per glyph). */
export function wrapText(text: string, fontSize: number, maxWidth: number, emPerChar = 0.55): string[] {
  const maxChars = Math.max(8, Math.floor(maxWidth / (fontSize * emPerChar)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(BREAKABLE_SPACE)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
