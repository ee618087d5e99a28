/**
 * Figures cited in the chapter "Hoeveel doden? / How many died?": the death tolls that
 * different reporters give for the same attacks (data/incidents.csv). Ids name the place,
 * whose deaths and who reported them, and the date: `cgrs.<place>.<measure>.<date>`.
 */
import type { Incident } from '../data/types.ts';
import { disputedAttacks, officialOwnLossesAlwaysLowest } from '../charts/casualties.ts';
import { incidentRow, incidents, regions, valueQualifier } from '../data/select.ts';
import { sourced } from './define.ts';
import type { FigureDef } from './types.ts';

/** A toll with the qualifier its row gives ("about", "at least", "more than", "up to"). */
function toll(id: string, match: Partial<Incident>): FigureDef {
  const row = dated(id, incidentRow(match));
  return sourced(`cgrs.${id}`, row, row.value, { qualifier: valueQualifier(row.qualifier) });
}

/**
 * A claim that counts killed and wounded together. As a death toll its row says "up to";
 * the prose cites it as the number of killed and wounded, which the claim states plainly.
 */
function killedAndWounded(id: string, match: Partial<Incident>): FigureDef {
  const row = dated(id, incidentRow(match));
  if (row.qualifier !== 'up to' || row.deaths_min !== null) throw new Error(`Figure cgrs.${id}: the row is no longer an upper bound on deaths (killed and wounded together)`);
  return sourced(`cgrs.${id}`, row, row.value);
}

/** An id ends with its attack's date, as the prose gives it ({% date %}): the build fails if the data move the attack. */
function dated<T extends Incident>(id: string, row: T): T {
  if (!id.endsWith(`.${row.date}`)) throw new Error(`Figure cgrs.${id}: the data date this attack ${row.date}; update the id and the chapter's date`);
  return row;
}

/** One figure that the report states in two places: both rows are its sources, and they must agree. */
function stated(id: string, matches: readonly Partial<Incident>[]): FigureDef {
  const rows = matches.map((m) => dated(id, incidentRow(m)));
  const [first] = rows;
  if (!first || rows.some((r) => r.value !== first.value)) throw new Error(`Figure cgrs.${id}: its rows disagree (${rows.map((r) => r.value).join(', ')})`);
  return { ...sourced(`cgrs.${id}`, first, first.value, { qualifier: valueQualifier(first.qualifier) }), from: rows };
}

const PETEL = { place: 'Petel Kolé' } as const;
const petelSoldiers = toll('petel-kole.soldiers-official.2024-12', { ...PETEL, deaths_by: 'official', target: 'army' });
const petelMilitants = toll('petel-kole.militants-official.2024-12', { ...PETEL, deaths_by: 'official', actor: 'Nigerien army (with AES support)' });
const petelAcled = toll('petel-kole.deaths-acled.2024-12', { ...PETEL, deaths_by: 'acled' });

// The prose states two relations in words; the build fails if the data stop supporting them.
if (petelSoldiers.value + petelMilitants.value !== petelAcled.value) throw new Error('Petel Kolé: ACLED no longer equals the two official figures combined');
if (!officialOwnLossesAlwaysLowest(disputedAttacks(incidents, regions))) throw new Error('An official toll of own losses is no longer the lowest figure');

const EKNEWANE = { date: '2025-05-25', place: 'Eknewane' } as const;
const CHETIMA_COUNTER = { place: 'Chetima Wangou (counter-operation)' } as const;

export const CASUALTY_FIGURES: readonly FigureDef[] = [
  // Petel Kolé (Téra), December 2024
  petelSoldiers,
  petelMilitants,
  toll('petel-kole.soldiers-other-sources.2024-12', { ...PETEL, deaths_by: 'other_sources' }),
  petelAcled,
  // Chirfa (Bilma), 17 September 2024
  toll('chirfa.soldiers-official.2024-09-17', { place: 'Chirfa', deaths_by: 'official' }),
  toll('chirfa.soldiers-claimed.2024-09-17', { place: 'Chirfa', deaths_by: 'claimed_by_perpetrator', target: 'military camp and gendarmerie post' }),
  toll('chirfa.gendarmes-claimed.2024-09-17', { place: 'Chirfa', deaths_by: 'claimed_by_perpetrator', target: 'gendarmes' }),
  // Dan Kassari (Dogondoutchi), 4 May 2025
  toll('dan-kassari.soldiers-official.2025-05-04', { place: 'around Dan Kassari', deaths_by: 'official' }),
  // Chetima Wangou (Diffa), 16 March 2025, and the army's counter-operation
  toll('chetima-wangou.soldiers-official.2025-03-16', { place: 'Chetima Wangou', deaths_by: 'official' }),
  killedAndWounded('chetima-wangou.killed-wounded-claimed.2025-03-16', { place: 'Chetima Wangou', deaths_by: 'claimed_by_perpetrator' }),
  toll('chetima-wangou.deaths-acled.2025-03-16', { place: 'Chetima Wangou', deaths_by: 'acled' }),
  toll('chetima-wangou.militants-neutralised.2025-03', { ...CHETIMA_COUNTER, target: 'militants' }),
  toll('chetima-wangou.motorcyclists-neutralised.2025-03', { ...CHETIMA_COUNTER, target: 'motorcyclists' }),
  // Eknewane (Tillia): three attacks on the same National Guard position
  toll('eknewane.deaths-claimed.2025-05-25', { ...EKNEWANE, deaths_by: 'claimed_by_perpetrator' }),
  toll('eknewane.soldiers-early-reports.2025-05-25', { ...EKNEWANE, deaths_by: 'other_sources' }),
  stated('eknewane.soldiers-report.2025-05-25', [
    { ...EKNEWANE, deaths_by: 'report', locator: '§5, voetnoot 121' },
    { ...EKNEWANE, deaths_by: 'report', locator: '§6.4, voetnoot 196' },
  ]),
  toll('eknewane.soldiers.2024-09-18', { date: '2024-09-18', place: 'Eknewane', target: 'National Guard position' }),
  toll('eknewane.soldiers-wamaps.2025-02-01', { date: '2025-02-01', place: 'Eknewane' }),
  // Krogoungou (Kollo), 26 May 2025: JNIM gave no number, other sources did
  toll('krogoungou.soldiers-other-sources.2025-05-26', { place: 'near Krogoungou' }),
];
