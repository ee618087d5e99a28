/**
 * The headline figure on each chapter's share card: one number from the data, what it
 * is, and where it comes from. Built from the same queries the story uses; the words are
 * the dictionaries' `share.headlines` templates, and a missing figure stops the build.
 */
import { acled, CURRENT, datasetSummaries, deployment, displacementFigure, findIncident, humanitarianFigure, PREVIOUS, region, sources, timeline } from '../../data/select.ts';
import type { Incident } from '../../data/types.ts';
import { fill } from '../../i18n/fill.ts';
import { ui, type Lang } from '../../i18n/index.ts';
import { actorLabel } from '../labels.ts';
import { formatDate, formatNumber, formatPeriodShort } from '../format.ts';
import { citation, sourceLabel } from '../provenance.ts';

export interface Headline {
  value: string;
  label: string;
  source: string;
}

/** A figure the card cannot do without: null in the data is an error, never a zero. */
export function required<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`Share card: no figure for ${what}`);
  return value;
}

export function headlineFor(section: string, lang: Lang): Headline {
  const n = (v: number) => formatNumber(v, lang);
  const h = ui(lang).share.headlines;
  const acledSource = fill(h.acledSource, { source: sourceLabel('cgrs-coi-niger-2025', lang) });
  const current = formatPeriodShort(CURRENT.start, CURRENT.end, lang);
  switch (section) {
    case 'overview':
    case 'violence': {
      const now = acled({ period: CURRENT }, 'fatalities');
      const before = acled({ period: PREVIOUS }, 'fatalities');
      return { value: n(now.value), label: fill(h.deaths, { period: current, before: n(before.value) }), source: acledSource };
    }
    case 'regions': {
      const t = acled({ period: CURRENT, area: 'NE-6' }, 'incidents');
      const all = acled({ period: CURRENT }, 'incidents');
      return { value: n(t.value), label: fill(h.regionShare, { total: n(all.value), region: region('NE-6').name }), source: acledSource };
    }
    case 'casualty-counts': {
      const attack = { place: 'Petel Kolé', target: 'army' } as const;
      const by = (kind: Incident['deaths_by']) => findIncident({ ...attack, deaths_by: kind });
      const official = by('official');
      const deaths = (kind: Incident['deaths_by']) => n(required(by(kind).deaths_min, `${attack.place}, ${kind}`));
      return {
        value: fill(h.tollsValue, { official: deaths('official'), other: deaths('other_sources'), acled: deaths('acled') }),
        label: fill(h.tolls, { place: required(official.place, 'the place of the attack'), date: formatDate(required(official.date, `the date of ${attack.place}`), lang) }),
        source: citation(official, lang),
      };
    }
    case 'displacement': {
      const idp = displacementFigure({ area: 'NE', population_group: 'idp', origin: null });
      return { value: n(required(idp.count, 'internally displaced people')), label: fill(h.idps, { date: formatDate(idp.date, lang) }), source: citation(idp, lang) };
    }
    case 'missions': {
      const us = deployment({ mission: 'US forces in Niger', figure_kind: 'troops' });
      return { value: fill(h.moreThan, { n: n(us.value) }), label: fill(h.usTroops, { date: formatDate(required(us.as_of, 'the date of the US withdrawal'), lang) }), source: citation(us, lang) };
    }
    case 'armed-groups': {
      const issp = acled({ period: CURRENT, event_type: 'civilian_targeting', actor: 'ISSP' }, 'incidents');
      return { value: n(issp.value), label: fill(h.civilianAttacks, { actor: actorLabel(issp.actor, lang), period: current }), source: acledSource };
    }
    case 'background': {
      const need = humanitarianFigure({ indicator: 'people_in_need' });
      return { value: fill(h.millions, { n: n(need.value / 1_000_000) }), label: fill(h.inNeed, { year: formatDate(required(need.date, 'the year of people in need'), lang) }), source: citation(need, lang) };
    }
    case 'partners': {
      const coup = timeline.find((e) => e.category === 'coup');
      if (!coup) throw new Error('Share card: no coup in the timeline');
      return { value: formatDate(coup.date, lang), label: h.coup, source: citation(coup, lang) };
    }
    default: {
      const rows = datasetSummaries.reduce((s, d) => s + d.rows, 0);
      return { value: n(rows), label: fill(h.rows, { sources: n(sources.length) }), source: h.ownData };
    }
  }
}
