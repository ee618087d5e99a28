/**
 * French interface text: every translated string that is not story prose (story prose is
 * in src/content/), split by area. The same keys as src/i18n/nl/ (the types enforce it).
 */
import type { Dictionary } from '../dictionary.ts';
import { armedGroups } from './armed-groups.ts';
import { charts } from './charts.ts';
import { cite } from './cite.ts';
import { figure } from './figure.ts';
import { labels } from './labels.ts';
import { pages } from './pages.ts';
import { quote } from './quote.ts';
import { regionProfile } from './region-profile.ts';
import { site } from './site.ts';

export const fr: Dictionary = { ...site, ...pages, labels, armedGroups, regionProfile, figure, quote, charts, cite };
