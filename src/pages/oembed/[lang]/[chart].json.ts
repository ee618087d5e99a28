/** oEmbed (type "rich") for every chart, as static JSON; pages link to it for discovery. */
import { getRelativeLocaleUrl } from 'astro:i18n';
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS } from '../../../charts/catalog.ts';
import { LANGS, ui, type Lang } from '../../../i18n/index.ts';
import { embedSnippet } from '../../../lib/embed.ts';

export const getStaticPaths = (() => LANGS.flatMap((lang) => CHARTS.map((c) => ({ params: { lang, chart: c.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const lang = params.lang as Lang;
  const chart = CHARTS.find((c) => c.id === params.chart)!;
  const origin = site!.origin;
  const body = {
    version: '1.0',
    type: 'rich',
    title: chart.title[lang],
    provider_name: ui(lang).siteTitle,
    provider_url: `${origin}${getRelativeLocaleUrl(lang, '/')}`,
    author_name: ui(lang).siteTitle,
    author_url: `${origin}${getRelativeLocaleUrl(lang, '/')}`,
    html: embedSnippet(chart, lang, origin),
    width: 720,
    height: chart.embedHeight.wide,
    thumbnail_url: `${origin}/og/${lang}/${chart.section}.png`,
    thumbnail_width: 1200,
    thumbnail_height: 630,
    cache_age: 86400,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
