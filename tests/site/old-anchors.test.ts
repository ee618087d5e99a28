import { describe, expect, it } from 'vitest';
import { readDist } from '../helpers/dist.ts';

/**
 * Links shared before the editorial rewrite still land on the story: the chapters that were
 * merged or moved keep their ids there (issue 10: every anchor of today still lands).
 */
const OLD_ANCHORS = [
  'overview', 'background', 'partners', 'missions', 'armed-groups', 'violence', 'regions', 'casualty-counts', 'displacement', 'sources',
  'partners-beginnings', 'partners-missions', 'partners-coup', 'partners-unravelling', 'partners-new-alliances',
  'partners-timeline', 'missions-personnel', 'dutch-mandates', 'violence-by-type', 'civilian-targeting-actors',
  'region-map', 'casualty-chart', 'idp-by-region', 'refugees-by-origin', 'how-acled-counts-title',
  'tillaberi', 'dosso', 'diffa', 'tahoua', 'maradi', 'agadez', 'zinder', 'niamey',
];

describe('anchors from before the rewrite', () => {
  for (const page of ['/index.html', '/en/index.html']) {
    it(`each exists exactly once on ${page}`, () => {
      const html = readDist(page);
      const counts = OLD_ANCHORS.map((id) => [id, [...html.matchAll(new RegExp(`\\sid="${id}"`, 'g'))].length]);
      expect(counts.filter(([, n]) => n !== 1)).toEqual([]);
    });
  }
});
