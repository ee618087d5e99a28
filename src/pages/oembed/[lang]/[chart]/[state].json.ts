/** oEmbed for every chart in every state its toggles reach; the state's share page links to it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allChartStates, findState } from '../../../../components/charts/states.ts';
import { LANGS, type Lang } from '../../../../i18n/index.ts';
import { oembedResponse } from '../../../../lib/oembed.ts';

export const getStaticPaths = (() => LANGS.flatMap((lang) => allChartStates().map((s) => ({ params: { lang, chart: s.chart, state: s.slug } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => oembedResponse(findState(params.chart!, params.state!)!, params.lang as Lang, site!.origin);
