import { getRelativeLocaleUrl } from 'astro:i18n';
import type { ChartInfo } from '../charts/catalog.ts';
import { type Lang } from '../i18n/index.ts';

/** The iframe a host page pastes, plus the optional resize script (see public/embed.js). */
export function embedSnippet(chart: ChartInfo, lang: Lang, origin: string): string {
  const src = `${origin}${getRelativeLocaleUrl(lang, `/embed/${chart.id}/`)}`;
  const title = chart.title[lang].replace(/"/g, '&quot;');
  return [
    `<iframe src="${src}" title="${title}" data-niger-embed="${chart.id}" data-height-narrow="${chart.embedHeight.narrow}" data-height-wide="${chart.embedHeight.wide}" style="width:100%;height:${chart.embedHeight.wide}px;border:0" loading="lazy"></iframe>`,
    `<script async src="${origin}/embed.js"></script>`,
  ].join('\n');
}
