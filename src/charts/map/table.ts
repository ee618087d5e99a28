import type { Region } from '../../data/types.ts';
import type { ChartTable } from '../table-model.ts';
import type { MapMetric } from './metrics.ts';

/** One row per region: every metric's value, the population, and where each figure comes from. */
export function regionMapTable(regions: readonly Region[], metrics: readonly MapMetric[]): ChartTable {
  return {
    columns: [
      { key: 'region', label: { nl: 'Regio', en: 'Region' } },
      { key: 'code', label: { nl: 'Code', en: 'Code' } },
      ...metrics.map((m) => ({ key: m.id.replace(/-/g, '_'), label: { nl: `${m.label.nl}${m.derived ? ' (afgeleid)' : ''}`, en: `${m.label.en}${m.derived ? ' (derived)' : ''}` }, numeric: true })),
      { key: 'population_2023', label: { nl: 'Bevolking (INS 2023)', en: 'Population (INS 2023)' }, numeric: true },
      { key: 'source_id', label: { nl: 'Bron', en: 'Source' } },
      { key: 'locator', label: { nl: 'Vindplaats', en: 'Locator' } },
    ],
    rows: regions.map((r) => {
      const cited = [...new Set(metrics.flatMap((m) => m.values[r.code].from.map((f) => f.locator)).concat(r.locator))];
      const sourcesUsed = [...new Set(metrics.flatMap((m) => m.values[r.code].from.map((f) => f.source_id)).concat(r.source_id))];
      return {
        region: r.name,
        code: r.code,
        ...Object.fromEntries(metrics.map((m) => [m.id.replace(/-/g, '_'), m.values[r.code].value])),
        population_2023: r.population,
        source_id: sourcesUsed.join('; '),
        locator: cited.join('; '),
      };
    }),
  };
}
