import { describe, expect, it } from 'vitest';
import { overlaps } from '../../../src/charts/labels.ts';
import { buildMapGeometry } from '../../../src/charts/map/geometry.ts';
import { layoutMapLabels, NARROW_FONTS, WIDE_FONTS } from '../../../src/charts/map/region-labels.ts';
import { neighbourTopology, places, regionTopology } from '../../../src/data/select.ts';

const frame = { width: 800, height: 620 };

describe('layoutMapLabels(…)', () => {
  for (const [name, fonts, size] of [
    ['wide', WIDE_FONTS, frame],
    ['narrow', NARROW_FONTS, { width: 400, height: 330 }],
  ] as const) {
    it(`places all eight region names without overlaps (${name})`, () => {
      const g = buildMapGeometry(regionTopology, neighbourTopology, places, size);
      const towns = g.places.filter((p) => p.kind !== 'town').map((p) => p.name);
      const labels = layoutMapLabels(g, { neighbourName: (n) => n.name, towns, fonts });
      expect(labels.regions.map((l) => l.id).sort()).toEqual(['NE-1', 'NE-2', 'NE-3', 'NE-4', 'NE-5', 'NE-6', 'NE-7', 'NE-8']);
      expect(labels.niameyCallout).not.toBeNull();
      const all = [...labels.regions, ...labels.towns, ...labels.neighbours];
      for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(overlaps(all[i]!.box, all[j]!.box), `${all[i]!.text} / ${all[j]!.text}`).toBe(false);
    });
  }
});

describe('layoutMapLabels(…) names', () => {
  const g = buildMapGeometry(regionTopology, neighbourTopology, places, frame);
  const towns = g.places.map((p) => p.name);
  const labels = layoutMapLabels(g, { neighbourName: (n) => `(${n.iso})`, towns, fonts: WIDE_FONTS });

  it('writes region and neighbour names in capitals, naming only the countries that border Niger', () => {
    expect(labels.regions.find((l) => l.id === 'NE-6')!.text).toBe('TILLABÉRI');
    const bordering = g.neighbours.filter((n) => n.bordersNiger).map((n) => n.iso);
    for (const l of labels.neighbours) {
      expect(bordering).toContain(l.id);
      expect(l.text).toBe(`(${l.id})`.toUpperCase());
    }
  });

  it('gives a regional capital that shares its region’s name no second label', () => {
    const townNames = labels.towns.map((l) => l.text);
    expect(townNames).not.toContain('Tillabéri');
    expect(townNames).not.toContain('Agadez');
    expect(townNames.length).toBeGreaterThan(0);
  });

  it('keeps every label inside the frame', () => {
    for (const l of [...labels.regions, ...labels.towns, ...labels.neighbours]) {
      expect(l.box.x0).toBeGreaterThanOrEqual(0);
      expect(l.box.y0).toBeGreaterThanOrEqual(0);
      expect(l.box.x1).toBeLessThanOrEqual(frame.width);
      expect(l.box.y1).toBeLessThanOrEqual(frame.height);
    }
  });
});
