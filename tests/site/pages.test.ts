/**
 * The reference pages beside the story (issue 10), in the built HTML: every region page and
 * the sources page in both languages, with their own title and description, share card,
 * hreflang alternates and a language switch to the same page; and today's anchors still on
 * the story (chapters, the eight regions, charts, timeline steps); each chart's own page, and
 * the story's charts linking there.
 */
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/catalog.ts';
import { SECTIONS } from '../../src/i18n/sections.ts';
import { REGION_SLUGS } from '../../src/lib/regions.ts';
import { LANGS as SITE_LANGS, langPrefix as prefixOf, type Lang } from '../../src/i18n/lang.ts';
import { distFiles, readDist } from '../helpers/dist.ts';

const SLUGS = Object.values(REGION_SLUGS);
const LANGS = SITE_LANGS.map((lang) => [lang, prefixOf(lang)] as const);
/** Where a page's language switch links: the same page in every other language, in LANGS order. */
const switchTargets = (html: string) => [...html.matchAll(/<a class="lang-switch" href="([^"]+)"/g)].map((m) => m[1]);
const sameIn = (lang: Lang, path: string) => SITE_LANGS.filter((l) => l !== lang).map((l) => `${prefixOf(l)}${path}`);

const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1] ?? null;
const titleOf = (html: string) => attr(html, /<title>([^<]+)<\/title>/);
const descriptionOf = (html: string) => attr(html, /<meta name="description" content="([^"]+)"/);
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/** The pages the story's chapters, regions, charts and timeline steps had before issue 10, by id. */
const TODAYS_ANCHORS = [
  ...SECTIONS.map((s) => s.id),
  ...SLUGS,
  ...CHARTS.map((c) => c.id),
  ...['beginnings', 'missions', 'coup', 'unravelling', 'new-alliances'].map((era) => `partners-${era}`),
];

describe.each(LANGS)('the %s region pages', (lang, prefix) => {
  it.each(SLUGS)('%s: its own title, description and card; alternates and language switch to the same region', (slug) => {
    const path = `${prefix}/regions/${slug}/index.html`;
    const html = readDist(path);
    expect(attr(html, /<html lang="([a-z]+)"/)).toBe(lang);
    expect(html).toContain(`id="${slug}-title"`);
    for (const l of SITE_LANGS) expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${l}" href="https?://[^/"]+${prefixOf(l)}/regions/${slug}/"`));
    expect(switchTargets(html)).toEqual(sameIn(lang, `/regions/${slug}/`));
    expect(attr(html, /<meta property="og:image" content="[^"]*(\/og\/[^"]+)"/)).toBe(`/og/${lang}/regions/${slug}.png`);
    expect(distFiles()).toContain(`/og/${lang}/regions/${slug}.png`);
    // The full profile: incidents by type or the report's tables, departments, groups, displacement.
    for (const part of ['departments', 'groups', 'displaced']) expect(html, part).toContain(`id="${slug}-${part}"`);
    // Back to the region's short part in the story.
    expect(html).toContain(`href="${prefix}/#${slug}"`);
  });

  it('titles and descriptions differ from region to region and from the story', () => {
    const pages = SLUGS.map((slug) => readDist(`${prefix}/regions/${slug}/index.html`));
    const story = readDist(`${prefix}/index.html`);
    expect(new Set(pages.map(titleOf)).size).toBe(SLUGS.length);
    expect(new Set(pages.map(descriptionOf)).size).toBe(SLUGS.length);
    expect(pages.map(titleOf)).not.toContain(titleOf(story));
  });
});

describe.each(LANGS)('the %s story and sources page', (lang, prefix) => {
  const story = readDist(`${prefix}/index.html`);

  it("keeps today's anchors on the story", () => {
    const present = ids(story);
    expect(TODAYS_ANCHORS.filter((id) => !present.has(id))).toEqual([]);
  });

  it("each region's short part links to its full page", () => {
    for (const slug of SLUGS) expect(story, slug).toMatch(new RegExp(`<section id="${slug}"[^>]*>[\\s\\S]*?href="${prefix}/regions/${slug}/"[\\s\\S]*?</section>`));
  });

  it('the sources chapter leads to the sources page, which has the lists, the disagreements, the timeline and the data', () => {
    expect(story).toMatch(new RegExp(`<section id="sources"[^>]*>[\\s\\S]*?href="${prefix}/sources/"`));
    const page = readDist(`${prefix}/sources/index.html`);
    expect(attr(page, /<html lang="([a-z]+)"/)).toBe(lang);
    for (const id of ['method', 'discrepancies', 'timeline', 'dutch-contribution', 'data', 'licences', 'partners-timeline', 'dutch-mandates']) expect(page, id).toContain(`id="${id}"`);
    expect(page).toContain('class="source-list"');
    // Each source reads as a reference: no space before a comma or a full stop.
    const list = page.match(/<ol class="source-list"[\s\S]*?<\/ol>/)![0].replace(/<[^>]+>/g, '');
    expect(list).not.toMatch(/\s[,.]/);
    expect(page).toContain('class="discrepancies"');
    expect(page).toContain('dataset-list');
    expect(switchTargets(page)).toEqual(sameIn(lang, '/sources/'));
  });
});

/** The figures of the story and the reference pages, by the file they are built into. */
const figuresOn = (html: string) => [...html.matchAll(/<figure class="chart-frame"[^>]*id="([^"]+)"[\s\S]*?<\/figure>/g)].map((m) => ({ id: m[1]!, html: m[0] }));

describe.each(LANGS)('the %s chart pages', (lang, prefix) => {
  it.each(CHARTS.map((c) => c.id))('%s: the chart under its own title, with its citation, embed codes and a way back to the story', (id) => {
    const html = readDist(`${prefix}/charts/${id}/index.html`);
    const chart = CHARTS.find((c) => c.id === id)!;
    expect(attr(html, /<html lang="([a-z]+)"/)).toBe(lang);
    expect(attr(html, /<h1 class="chart-frame__title" id="[^"]+"[^>]*>([^<]+)<\/h1>/)).toBe(chart.title[lang]);
    expect(titleOf(html)).toContain(chart.title[lang]);
    expect(attr(html, /<link rel="canonical" href="https?:\/\/[^/"]+(\/[^"]*)"/)).toBe(`${prefix}/charts/${id}/`);
    expect(switchTargets(html)).toEqual(sameIn(lang, `/charts/${id}/`));
    expect(attr(html, /<meta property="og:image" content="[^"]*(\/og\/[^"]+)"/)).toMatch(new RegExp(`^/og/${lang}/${id}/[a-z0-9-]+\\.png$`));
    // What the story leaves to this page, shown open: what the data are, how to cite, how to embed.
    expect(html).toMatch(/<details class="chart-frame__about" open[ >]/);
    expect(html).toMatch(/<details class="chart-frame__cite no-print" open[ >]/);
    expect(html).toMatch(/<details class="chart-frame__embed no-print" open[ >]/);
    expect(html).toContain(`id="${id}-embed-code"`);
    expect(html).toContain(`href="${prefix}/#${id}"`);
  });
});

describe.each(LANGS)('the %s story’s charts', (lang, prefix) => {
  it('each links to its own page and leaves the embed codes and citation there', () => {
    const frames = figuresOn(readDist(`${prefix}/index.html`));
    expect(frames.length).toBeGreaterThan(5);
    for (const frame of frames) {
      expect(frame.html, frame.id).toContain(`href="${prefix}/charts/${frame.id}/" data-chart-page`);
      for (const part of ['chart-frame__embed', 'chart-frame__cite', 'chart-frame__about', 'data-embed-code']) expect(frame.html, `${frame.id}: ${part}`).not.toContain(part);
    }
  });
});
