import { describe, expect, it } from 'vitest';
import { correctionId } from '../../src/lib/corrections.ts';
import { corrections } from '../../src/data/select.ts';
import { atomProblems, parseXml } from '../helpers/atom.ts';
import { readDist } from '../helpers/dist.ts';

describe('the corrections, as built in dist/', () => {
  it('are listed on /corrections/ and /en/corrections/, each at its anchor', () => {
    expect(corrections.length).toBeGreaterThan(0);
    for (const page of ['/corrections/index.html', '/en/corrections/index.html']) {
      const html = readDist(page);
      for (const c of corrections) expect(html, `${page} ${c.dataset} ${c.key}`).toContain(`id="${correctionId(c)}"`);
      expect(html).toContain('type="application/atom+xml"');
    }
  });

  it('are a valid Atom feed at /corrections.xml, one entry per correction, linking to its anchor', () => {
    const xml = readDist('/corrections.xml');
    expect(atomProblems(xml)).toEqual([]);
    const entries = parseXml(xml).children.filter((c) => c.name === 'entry');
    expect(entries).toHaveLength(corrections.length);
    const links = entries.map((e) => e.children.find((c) => c.name === 'link')?.attributes.href ?? '');
    for (const c of corrections) expect(links.some((l) => l.endsWith(`/en/corrections/#${correctionId(c)}`))).toBe(true);
  });

  it('are flagged on what they corrected: a chart’s source line, a figure’s tip', () => {
    const story = readDist('/en/index.html');
    for (const c of corrections.filter((x) => x.dataset === 'chart')) {
      // Every chart has its own page; the story shows some of them.
      const page = readDist(`/en/charts/${c.key}/index.html`);
      const frame = page.slice(page.indexOf(`data-chart="${c.key}"`));
      const source = frame.slice(frame.indexOf('chart-frame__source'), frame.indexOf('</p>', frame.indexOf('chart-frame__source')));
      expect(source, c.key).toContain(`href="/en/corrections/#${correctionId(c)}"`);
    }
    const niamey = corrections.find((c) => c.dataset === 'displacement' && c.key.includes('NE-8'));
    // A figure is one <data> element: its text, then its tip, which links to the correction.
    expect(story).toMatch(new RegExp(`<data class="fig" value="6853"[^>]*>about 6,853<span class="fig__tip"[^>]*>(?:(?!</data>)[^])*?href="/en/corrections/#${niamey ? correctionId(niamey) : 'none'}"`, 's'));
  });
});
