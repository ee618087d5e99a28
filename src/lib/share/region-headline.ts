/** A region page's share-card figure: the region's ACLED incidents in the research period, with its deaths. */
import { acledNiger, CURRENT, regionCount } from '../../data/select.ts';
import type { RegionCode } from '../../data/types.ts';
import { ui, type Lang } from '../../i18n/index.ts';
import { fill } from '../../i18n/fill.ts';
import { formatNumber, formatPeriodShort } from '../format.ts';
import { citation } from '../provenance.ts';
import { region } from '../../data/select.ts';
import type { Headline } from './headlines.ts';

export function regionHeadline(code: RegionCode, lang: Lang): Headline {
  // The region's own total, by the locator the data names where the report gives two (Dosso: text and Tabel 1).
  const count = (measure: 'incidents' | 'fatalities') => {
    const row = regionCount(acledNiger, CURRENT, code, measure);
    if (row?.[measure] == null) throw new Error(`No ACLED ${measure} for region ${code}`);
    return { ...row, value: row[measure] };
  };
  const [incidents, deaths] = [count('incidents'), count('fatalities')];
  const label = fill(ui(lang).regionProfile.cardLabel, { name: region(code).name, period: formatPeriodShort(CURRENT.start, CURRENT.end, lang), deaths: formatNumber(deaths.value, lang) });
  return { value: formatNumber(incidents.value, lang), label, source: `ACLED · ${citation(incidents, lang)}` };
}
