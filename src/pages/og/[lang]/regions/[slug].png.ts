/** Share-card images of the region pages, one per region and language, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, ui, type Lang } from '../../../../i18n/index.ts';
import { fill } from '../../../../i18n/fill.ts';
import { PROFILE_ORDER } from '../../../../charts/region-profile.ts';
import { region } from '../../../../data/select.ts';
import { regionSlug } from '../../../../lib/regions.ts';
import { CARD, renderShareCard } from '../../../../lib/share/card.ts';
import { regionHeadline } from '../../../../lib/share/region-headline.ts';
import { svgToPng } from '../../../../lib/share/raster.ts';

export const getStaticPaths = (() => LANGS.flatMap((lang) => PROFILE_ORDER.map((code) => ({ params: { lang, slug: regionSlug(code) }, props: { code } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const lang = params.lang as Lang;
  const { code } = props as { code: (typeof PROFILE_ORDER)[number] };
  const t = ui(lang);
  const svg = renderShareCard({ site: t.siteTitle, title: fill(t.regionProfile.pageTitle, { name: region(code).name }), description: '', headline: regionHeadline(code, lang) });
  return new Response(new Uint8Array(svgToPng(svg, CARD.width)), { headers: { 'content-type': 'image/png' } });
};
