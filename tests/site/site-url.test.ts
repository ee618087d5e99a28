/** SITE_URL=https://example.org builds a site whose every absolute link is on that origin. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CHARTS } from '../../src/charts/catalog.ts';
import { chartStates } from '../../src/components/charts/states.ts';
import { SECTIONS } from '../../src/i18n/sections.ts';
import { distFiles } from '../helpers/dist.ts';
import { astroBuild } from './astro-build.ts';

const ORIGIN = 'https://example.org';

describe('SITE_URL at build time', () => {
  it('puts canonical links, share cards, oEmbed and embed snippets on that origin', { timeout: 300_000 }, () => {
    const { outDir, status, output, remove } = astroBuild({ SITE_URL: `${ORIGIN}/` });
    onTestFinished(remove);
    expect(status, output).toBe(0);
    const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
    const chart = CHARTS[0]!;
    const section = SECTIONS[0]!;

    expect(read('index.html')).toContain(`<link rel="canonical" href="${ORIGIN}/"`);
    expect(read('en/index.html')).toContain(`<link rel="canonical" href="${ORIGIN}/en/"`);
    expect(read(`en/embed/${chart.id}/index.html`)).toContain(`href="${ORIGIN}/oembed/en/${chart.id}.json"`);
    const state = chartStates(chart.id)[0]!;
    const stateShare = read(`en/s/${chart.id}/${state.slug}/index.html`);
    expect(stateShare).toContain(`<meta property="og:image" content="${ORIGIN}/og/en/${chart.id}/${state.slug}.png"`);
    expect(stateShare).toContain(`href="${ORIGIN}/oembed/en/${chart.id}/${state.slug}.json"`);
    const share = read(`en/s/${section.id}/index.html`);
    expect(share).toContain(`<meta property="og:image" content="${ORIGIN}/og/en/${section.id}.png"`);
    expect(share).toContain(`<link rel="canonical" href="${ORIGIN}/en/s/${section.id}/"`);
    expect(read(`en/embed/${chart.id}/index.html`)).toContain(`<link rel="canonical" href="${ORIGIN}/en/#${chart.id}"`);

    const oembed = JSON.parse(read(`oembed/en/${chart.id}.json`)) as { provider_url: string; html: string; thumbnail_url: string };
    expect(oembed.provider_url).toBe(`${ORIGIN}/en/`);
    expect(oembed.thumbnail_url).toMatch(new RegExp(`^${ORIGIN}/og/en/`));
    expect(oembed.html).toContain(`<iframe src="${ORIGIN}/en/embed/${chart.id}/"`);
    expect(oembed.html).toContain(`<script async src="${ORIGIN}/embed.js">`);

    // The embed code a reader copies from the chart's page, as HTML text.
    expect(read(`en/charts/${chart.id}/index.html`)).toContain(`&lt;iframe src=&quot;${ORIGIN}/en/embed/${chart.id}/&quot;`);

    const elsewhere = distFiles(outDir).filter((f) => /\.(html|json|xml|txt|csv|svg|js)$/.test(f) && /localhost:4321|niger-explainer\.example/.test(read(f)));
    expect(elsewhere, 'files that still name another origin').toEqual([]);
  });

  it.each(['https://example.org/niger/', 'example.org'])('refuses SITE_URL=%s with a message that says what it must be', (value) => {
    const { status, output, remove } = astroBuild({ SITE_URL: value });
    remove();
    expect(status).not.toBe(0);
    expect(output).toContain(`SITE_URL must be the site's origin, an absolute http(s) URL with no path, query or fragment, like https://example.org (got "${value}")`);
  });
});
