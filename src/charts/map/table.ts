import type { Region } from '../../data/types.ts';
import type { ChartTable } from '../table-model.ts';
import { perLang } from '../../i18n/by-lang.ts';
import { columnLabel } from '../column-labels.ts';
import type { MapMetric } from './metrics.ts';

/** One row per region: every metric's value, the population, and where each figure comes from. */
export function regionMapTable(regions: readonly Region[], metrics: readonly MapMetric[]): ChartTable {
  return {
    columns: [
      { key: 'region', label: perLang((w) => w.charts.map.region) },
      { key: 'code', label: perLang((w) => w.charts.map.code) },
      ...metrics.map((m) => ({ key: m.id.replace(/-/g, '_'), label: perLang((w, lang) => `${m.label[lang]}${m.derived ? w.charts.map.derivedSuffix : ''}`), numeric: true })),
      { key: 'population_2023', label: perLang((w) => w.charts.map.population), numeric: true },
      { key: 'source_id', label: columnLabel('source') },
      { key: 'locator', label: columnLabel('locator') },
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
