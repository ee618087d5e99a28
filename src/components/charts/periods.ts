import { CURRENT, PREVIOUS } from '../../data/select.ts';
import type { Lang } from '../../i18n/index.ts';
import { formatPeriodShort } from '../../lib/format.ts';

/** The violence chart's two periods, which are its series. */
export function violencePeriods(lang: Lang): { id: 'current' | 'previous'; label: string }[] {
  return [
    { id: 'current', label: formatPeriodShort(CURRENT.start, CURRENT.end, lang) },
    { id: 'previous', label: formatPeriodShort(PREVIOUS.start, PREVIOUS.end, lang) },
  ];
}
