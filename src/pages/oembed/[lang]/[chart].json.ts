/** oEmbed for every chart's embed page (its default state), as static JSON; the embed page links to it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, type ChartId } from '../../../charts/catalog.ts';
import { chartStates } from '../../../components/charts/states.ts';
import { LANGS, type Lang } from '../../../i18n/index.ts';
import { oembedResponse } from '../../../lib/oembed.ts';

export const getStaticPaths = (() => LANGS.flatMap((lang) => CHARTS.map((c) => ({ params: { lang, chart: c.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => oembedResponse(chartStates(params.chart as ChartId)[0]!, params.lang as Lang, site!.origin);
