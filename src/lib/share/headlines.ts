/**
 * The headline figure on each chapter's share card: one number from the data, what it
 * is, and where it comes from. Built from the same queries the story uses.
 */
import { acled, CURRENT, datasetSummaries, deployment, displacementFigure, humanitarianFigure, incidents, PREVIOUS, sources } from '../../data/select.ts';
import type { Provenance } from '../../data/types.ts';
import { formatNumber } from '../format.ts';
import type { Lang } from '../../i18n/index.ts';
import { citation } from '../provenance.ts';

export interface Headline {
  value: string;
  label: string;
  source: string;
}

const acledSource = { nl: 'ACLED via CGVS/Cedoca, COI Focus Niger (11 juli 2025)', en: 'ACLED via CGRS/Cedoca, COI Focus Niger (11 July 2025)' };

function from(row: Provenance, lang: Lang): string {
  return citation(row, lang);
}

export function headlineFor(section: string, lang: Lang): Headline {
  const n = (v: number) => formatNumber(v, lang);
  switch (section) {
    case 'overview':
    case 'violence': {
      const now = acled({ period: CURRENT }, 'fatalities');
      const before = acled({ period: PREVIOUS }, 'fatalities');
      return {
        value: n(now.value),
        label: lang === 'nl' ? `doden in sep 2024–mei 2025, tegenover ${n(before.value)} een jaar eerder` : `deaths in Sep 2024–May 2025, against ${n(before.value)} a year earlier`,
        source: acledSource[lang],
      };
    }
    case 'regions': {
      const t = acled({ period: CURRENT, area: 'NE-6' }, 'incidents');
      const all = acled({ period: CURRENT }, 'incidents');
      return {
        value: n(t.value),
        label: lang === 'nl' ? `van de ${n(all.value)} incidenten vielen in Tillabéri` : `of the ${n(all.value)} incidents were in Tillabéri`,
        source: acledSource[lang],
      };
    }
    case 'casualty-counts': {
      const rows = incidents.filter((i) => i.place === 'Petel Kolé' && i.target === 'army');
      const by = (kind: string) => rows.find((r) => r.deaths_by === kind)?.deaths_min ?? 0;
      return {
        value: `${n(by('official'))} · >${n(by('other_sources'))} · ${n(by('acled'))}`,
        label: lang === 'nl' ? 'dode soldaten bij Petel Kolé (dec. 2024): officieel · andere bronnen · ACLED' : 'soldiers killed at Petel Kolé (Dec 2024): official · other sources · ACLED',
        source: from(rows[0]!, lang),
      };
    }
    case 'displacement': {
      const idp = displacementFigure({ area: 'NE', population_group: 'idp', origin: null });
      return { value: n(idp.count ?? 0), label: lang === 'nl' ? 'ontheemden in eigen land, oktober 2024' : 'internally displaced people, October 2024', source: from(idp, lang) };
    }
    case 'missions': {
      const us = deployment({ mission: 'US forces in Niger', figure_kind: 'troops' });
      return { value: `>${n(us.value)}`, label: lang === 'nl' ? 'Amerikaanse militairen moesten Niger verlaten (april 2024)' : 'US troops were to leave Niger (April 2024)', source: from(us, lang) };
    }
    case 'armed-groups': {
      const issp = acled({ period: CURRENT, event_type: 'civilian_targeting', actor: 'ISSP' }, 'incidents');
      return { value: n(issp.value), label: lang === 'nl' ? 'aanvallen op burgers door ISSP, sep 2024–mei 2025' : 'attacks on civilians by ISSP, Sep 2024–May 2025', source: acledSource[lang] };
    }
    case 'background': {
      const need = humanitarianFigure({ indicator: 'people_in_need' });
      return { value: `${n(need.value / 1_000_000)} ${lang === 'nl' ? 'mln' : 'm'}`, label: lang === 'nl' ? 'Nigerezen hadden in 2024 humanitaire hulp nodig' : 'Nigeriens needed humanitarian aid in 2024', source: from(need, lang) };
    }
    case 'partners':
      return {
        value: lang === 'nl' ? '26-07-2023' : '26 Jul 2023',
        label: lang === 'nl' ? 'de staatsgreep; daarna vertrekken Frankrijk, de VS en Duitsland' : 'the coup; then France, the US and Germany leave',
        source: citation({ source_id: 'cgrs-coi-niger-2025', locator: '§3.1' }, lang),
      };
    default: {
      const rows = datasetSummaries.reduce((s, d) => s + d.rows, 0);
      return {
        value: n(rows),
        label: lang === 'nl' ? `rijen data uit ${sources.length} bronnen, elk met vindplaats` : `rows of data from ${sources.length} sources, each with its locator`,
        source: lang === 'nl' ? 'Eigen datasets' : 'Our datasets',
      };
    }
  }
}
