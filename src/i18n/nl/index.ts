/**
 * Dutch interface text: every translated string that is not story prose (story prose is
 * in src/content/), split by area. Every other language has exactly these keys; its type enforces it.
 */
import type { Strings } from '../dictionary.ts';
import { armedGroups } from './armed-groups.ts';
import { charts } from './charts.ts';
import { figure } from './figure.ts';
import { labels } from './labels.ts';
import { pages } from './pages.ts';
import { quote } from './quote.ts';
import { regionProfile } from './region-profile.ts';
import { site } from './site.ts';

export const nl = { ...site, ...pages, labels, armedGroups, regionProfile, figure, quote, charts };

/** The shape of a dictionary: the Dutch keys, every leaf a string. */
export type Dictionary = Strings<typeof nl>;
