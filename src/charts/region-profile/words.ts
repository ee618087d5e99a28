/** The region profiles' words for data values, in the page's language (`charts.regionProfile` of a dictionary). */
import type { UiStrings } from '../../i18n/strings.ts';

export type RegionProfileWords = UiStrings['charts']['regionProfile'];
