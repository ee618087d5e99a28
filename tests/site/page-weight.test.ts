/** What a page counts as its JavaScript: the one script it loads and the interactions its markup calls for. */
import { describe, expect, it } from 'vitest';
import { weigh } from '../../scripts/lib/page-weight.ts';
import { DIST_DIR } from '../helpers/dist.ts';

const modulesOf = (path: string) => weigh(DIST_DIR, path).files.filter((f) => f.endsWith('.js')).map((f) => f.split('/').pop()!.split('.')[0]);

describe('page weight', () => {
  it('counts the interactions a page loads after its first paint, and only those', () => {
    const story = modulesOf('/en/');
    for (const m of ['ClientScript', 'scrolly', 'region-map', 'series-toggle', 'fig-tip', 'share', 'url-state']) expect(story).toContain(m);
    expect(story).not.toContain('embed-frame');
    const embed = modulesOf('/en/embed/violence-by-type/');
    for (const m of ['ClientScript', 'embed-frame', 'series-toggle', 'url-state']) expect(embed).toContain(m);
    for (const m of ['scrolly', 'region-map', 'fig-tip']) expect(embed).not.toContain(m);
  });
});
