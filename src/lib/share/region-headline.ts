/** A region page's share-card figure: the region's ACLED incidents in the research period, with its deaths. */
import { acled, CURRENT } from '../../data/select.ts';
import type { RegionCode } from '../../data/types.ts';
import { ui, type Lang } from '../../i18n/index.ts';
import { fill } from '../../i18n/fill.ts';
import { formatNumber, formatPeriodShort } from '../format.ts';
import { citation } from '../provenance.ts';
import { region } from '../../data/select.ts';
import type { Headline } from './headlines.ts';

export function regionHeadline(code: RegionCode, lang: Lang): Headline {
  const incidents = acled({ period: CURRENT, area: code }, 'incidents');
  const deaths = acled({ period: CURRENT, area: code }, 'fatalities');
  const label = fill(ui(lang).regionProfile.cardLabel, { name: region(code).name, period: formatPeriodShort(CURRENT.start, CURRENT.end, lang), deaths: formatNumber(deaths.value, lang) });
  return { value: formatNumber(incidents.value, lang), label, source: `ACLED · ${citation(incidents, lang)}` };
}
