/** Share-card images, one per chapter and language, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, ui, type Lang } from '../../../i18n/index.ts';
import { SECTIONS } from '../../../i18n/sections.ts';
import { CARD, renderShareCard } from '../../../lib/share/card.ts';
import { headlineFor } from '../../../lib/share/headlines.ts';
import { paletteCard, svgToPng } from '../../../lib/share/raster.ts';

export const getStaticPaths = (() => LANGS.flatMap((lang) => SECTIONS.map((s) => ({ params: { lang, section: s.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const section = SECTIONS.find((s) => s.id === params.section)!;
  const svg = renderShareCard({ site: ui(lang).siteTitle, title: section.title[lang], description: section.description[lang], headline: headlineFor(section.id, lang) });
  return new Response(new Uint8Array(await paletteCard(svgToPng(svg, CARD.width))), { headers: { 'content-type': 'image/png' } });
};
