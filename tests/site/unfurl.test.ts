/**
 * What a real link consumer (unfurl.js, as chat apps and CMS link cards use) finds on the
 * built site, served locally: the story's own title and card and no chart embed; for
 * each embed page and each chart state's share page, that chart's oEmbed in that state.
 * The site's absolute links name the origin it was built for, so the consumer's fetch
 * maps that origin to the local server, as a hosts file would.
 */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { unfurl } from 'unfurl.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteOrigin } from '../../scripts/lib/site-url.ts';
import { CHARTS } from '../../src/charts/catalog.ts';
import { allChartStates, chartStates, stateTitle } from '../../src/components/charts/states.ts';
import { LANGS, ui } from '../../src/i18n/index.ts';
import { serveDist, type Site } from '../helpers/browser.ts';
import { distFiles, readDist } from '../helpers/dist.ts';
import { langPrefix, stateAddresses as statePaths } from '../helpers/state-addresses.ts';

const SITE = siteOrigin();
let site: Site;
const local = (url: string) => url.replace(SITE, new URL(site.url).origin);
const consume = (path: string) => unfurl(`${SITE}${path}`, { oembed: true, fetch: (url: string) => fetch(local(url)) });

beforeAll(async () => {
  site = await serveDist();
});
afterAll(() => site?.close());

describe('a link consumer (unfurl.js) on the built site', () => {
  it.each(LANGS)('story (%s): its title and card, no chart embed', async (lang) => {
    const meta = await consume(`${langPrefix(lang)}/`);
    const { headline } = parseFrontmatter(readFileSync(new URL(`../../src/content/front/${lang}/story.mdoc`, import.meta.url), 'utf8')).frontmatter as { headline: string };
    expect(meta.title).toBe(`${headline} — ${ui(lang).siteTitle}`);
    expect(meta.open_graph.title).toBe(headline);
    expect(meta.open_graph.images?.[0]?.url).toBe(`${SITE}/og/${lang}/overview.png`);
    expect(meta.oEmbed).toBeUndefined();
  });

  it('a chapter’s deep link: no chart embed', async () => {
    const meta = await unfurl(`${SITE}/en/#violence`, { oembed: true, fetch: (url: string) => fetch(local(url)) });
    expect(meta.oEmbed).toBeUndefined();
  });

  it.each(LANGS)('every embed page (%s): that chart’s oEmbed, with its own card as thumbnail', async (lang) => {
    for (const chart of CHARTS) {
      const meta = await consume(`${langPrefix(lang)}/embed/${chart.id}/`);
      const state = chartStates(chart.id)[0]!;
      expect(meta.oEmbed, chart.id).toMatchObject({ type: 'rich', title: stateTitle(state, lang), thumbnails: [{ url: `${SITE}${statePaths(state, lang).card}`, width: 1200, height: 630 }] });
      const html = (meta.oEmbed as { html: string }).html;
      expect(html).toContain(`data-niger-embed="${chart.id}"`);
      expect(html).toMatch(/<figure[^>]*>[\s\S]*<iframe[\s\S]*<figcaption>[\s\S]*<\/figcaption>\s*<\/figure>/);
    }
  });

  it.each(LANGS)('every chart state’s share page (%s): its card, and the oEmbed of that state', async (lang) => {
    for (const state of allChartStates()) {
      const paths = statePaths(state, lang);
      const meta = await consume(paths.share);
      expect(meta.open_graph.title, paths.share).toContain(stateTitle(state, lang));
      expect(meta.open_graph.images?.[0]?.url).toBe(`${SITE}${paths.card}`);
      expect(meta.oEmbed).toMatchObject({ type: 'rich', title: stateTitle(state, lang), thumbnails: [{ url: `${SITE}${paths.card}` }] });
      expect((meta.oEmbed as { html: string }).html).toContain(`src="${SITE}${paths.embed}"`);
    }
  });
});

describe('oEmbed discovery', () => {
  it('only embed pages, chart pages and chart-state share pages announce one, their own', () => {
    const wrong: string[] = [];
    for (const file of distFiles().filter((f) => f.endsWith('.html'))) {
      const links = [...readDist(file).matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)].map((m) => m[1]!.replace(SITE, ''));
      const lang = LANGS.find((l) => langPrefix(l) !== '' && file.startsWith(`${langPrefix(l)}/`)) ?? LANGS[0]!;
      const local = file.slice(langPrefix(lang).length);
      const embed = local.match(/^\/(?:embed|charts)\/([^/]+)\/index\.html$/);
      const share = local.match(/^()\/s\/([^/]+)\/([^/]+)\/index\.html$/);
      const expected = embed ? [`/oembed/${lang}/${embed[1]}.json`] : share ? [`/oembed/${lang}/${share[2]}/${share[3]}.json`] : [];
      if (JSON.stringify(links) !== JSON.stringify(expected)) wrong.push(`${file}: ${links.join(', ') || 'none'}`);
    }
    expect(wrong).toEqual([]);
  });
});
