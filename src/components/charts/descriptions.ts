/**
 * Each chart's text alternative: one or two sentences with its point, generated from the
 * data (the largest value, the largest change, where the sources disagree), then one sentence
 * on what kind of chart it is and what it shows, then a pointer to the data table. The values
 * themselves are in the table one click away, so the alternative does not list them again;
 * it keeps only what the table leaves out. Sentence templates are in the dictionaries
 * (`charts.points`); no language branches here.
 */
import type { ChartId } from '../../charts/catalog.ts';
import { casualtyChartKind, disputedAttacks, figureValue, figureWords, placeLabel, VICTIM_ORDER, type CasualtyFigure } from '../../charts/casualties.ts';
import { idpBars, idpTotal, refugeeBars, refugeeTotal } from '../../charts/displacement.ts';
import { dutchMandates, kindLabel, personnelInNiger, toBars } from '../../charts/missions.ts';
import { laneOf } from '../../charts/timeline.ts';
import { civilianTargetingActors, violenceByTypeBars } from '../../charts/violence.ts';
import type { BarDatum } from '../../charts/bars.ts';
import { acledNiger, CURRENT, deployments, displacement, incidents, regions, timeline } from '../../data/select.ts';
import { fill } from '../../i18n/fill.ts';
import { ui, type Lang } from '../../i18n/index.ts';
import { formatDate, formatNumber, formatPeriod, formatPeriodShort } from '../../lib/format.ts';
import { actorLabel } from '../../lib/labels.ts';

/** The bar with the largest value of a series (the first when tied). */
function largest(bars: readonly BarDatum[], series = 0): BarDatum {
  return bars.reduce((best, b) => ((b.values[series] ?? -Infinity) > (best.values[series] ?? -Infinity) ? b : best));
}

/** The point, what the chart is, and where its values are. */
const alternative = (lang: Lang, point: string, kind: string) => `${point} ${kind} ${ui(lang).charts.valuesInTable}`;

function violenceByType(lang: Lang): string {
  const words = ui(lang).charts;
  const bars = violenceByTypeBars(acledNiger, lang);
  const types = bars.filter((b) => !b.label.startsWith('– '));
  const top = largest(types);
  const compared = bars.filter((b) => b.values[0] !== null && b.values[1] !== null);
  const change = compared.reduce((best, b) => (Math.abs(b.values[0]! - b.values[1]!) > Math.abs(best.values[0]! - best.values[1]!) ? b : best));
  const point = fill(words.points.violenceByType, {
    type: top.label,
    period: formatPeriod(CURRENT.start, CURRENT.end, lang),
    value: formatNumber(top.values[0]!, lang),
    changeType: change.label.replace(/^– /, '').toLowerCase(),
    before: formatNumber(change.values[1]!, lang),
    after: formatNumber(change.values[0]!, lang),
  });
  return alternative(lang, point, fill(words.violence.byTypeSummary, { period: formatPeriodShort(CURRENT.start, CURRENT.end, lang) }));
}

function civilianActors(lang: Lang): string {
  const words = ui(lang).charts;
  const actors = civilianTargetingActors(acledNiger);
  const top = actors[0]!;
  const period = formatPeriodShort(CURRENT.start, CURRENT.end, lang);
  const point = fill(words.points.civilianActors, { actor: actorLabel(top.actor, lang), period, value: formatNumber(top.incidents ?? 0, lang) });
  return alternative(lang, point, fill(words.violence.actorsSummary, { period }));
}

function missions(lang: Lang, which: 'personnel' | 'mandates'): string {
  const words = ui(lang).charts;
  const bars = which === 'personnel' ? toBars(personnelInNiger(deployments), lang, words.missions) : toBars(dutchMandates(deployments, lang), lang, words.missions, false);
  const top = largest(bars);
  const point = fill(which === 'personnel' ? words.points.missionsPersonnel : words.points.dutchMandates, { label: top.label, value: top.valueLabels[0]! });
  // What the story's table leaves out (src/charts/table-model.ts): the kind of each figure, and until when each mandate runs.
  const labels = which === 'personnel' ? personnelInNiger(deployments).map((f) => `${f.label(words.missions)} (${kindLabel(f.row.figure_kind, words.missions)})`) : bars.map((b) => b.label);
  return alternative(lang, point, fill(which === 'personnel' ? words.missions.personnelSummary : words.missions.mandatesSummary, { labels: labels.join('; ') }));
}

function idps(lang: Lang): string {
  const w = ui(lang).charts;
  const total = idpTotal(displacement);
  const month = formatDate(total.date, lang);
  const bars = idpBars(displacement, regions, lang, { ...w.displacement, qualifier: ui(lang).figure.qualifier });
  const top = largest(bars.filter((b) => !b.derived));
  const point = fill(w.points.idpByRegion, { region: top.label, value: top.valueLabels[0]!, month });
  return alternative(lang, point, fill(w.displacement.idpSummary, { month }));
}

function refugees(lang: Lang): string {
  const w = ui(lang).charts;
  const total = refugeeTotal(displacement);
  const month = formatDate(total.date, lang);
  const bars = refugeeBars(displacement, lang, { ...w.displacement, qualifier: ui(lang).figure.qualifier });
  const top = largest(bars.filter((b) => !b.derived));
  const point = fill(w.points.refugeesByOrigin, { origin: top.label, value: formatNumber(top.values[0]!, lang), month });
  return alternative(lang, point, fill(w.displacement.refugeeSummary, { month }));
}

/** Where the sources disagree most: the widest gap between two figures for the same dead of one attack. */
function casualties(lang: Lang): string {
  const t = ui(lang).charts;
  const words = t.casualties;
  const attacks = disputedAttacks(incidents, regions);
  let widest: { attack: (typeof attacks)[number]; low: CasualtyFigure; high: CasualtyFigure } | null = null;
  for (const attack of attacks)
    for (const victims of VICTIM_ORDER) {
      const figs = attack.figures.filter((f) => f.victims === victims).sort((a, b) => figureValue(a) - figureValue(b));
      const [low, high] = [figs[0], figs[figs.length - 1]];
      if (!low || !high || low === high) continue;
      if (!widest || figureValue(high) - figureValue(low) > figureValue(widest.high) - figureValue(widest.low)) widest = { attack, low, high };
    }
  const kind = casualtyChartKind(attacks, words);
  if (!widest) return `${kind} ${t.valuesInTable}`;
  const point = fill(t.points.casualties, {
    attack: `${placeLabel(widest.attack.place, words)} (${formatDate(widest.attack.date, lang)})`,
    min: figureWords(widest.low, words, lang),
    max: figureWords(widest.high, words, lang),
    reporterMin: t.regionProfile.reporters[widest.low.reporter],
    reporterMax: t.regionProfile.reporters[widest.high.reporter],
    victims: words.victims[widest.high.victims],
  });
  return alternative(lang, point, kind);
}

function partners(lang: Lang): string {
  const w = ui(lang).charts;
  const counts = new Map<string, number>();
  for (const e of timeline) counts.set(laneOf(e.actor).id, (counts.get(laneOf(e.actor).id) ?? 0) + 1);
  const [lane, count] = [...counts.entries()].reduce((best, e) => (e[1] > best[1] ? e : best));
  const years = timeline.map((e) => e.date.slice(0, 4)).sort();
  const point = fill(w.points.timeline, { n: formatNumber(timeline.length, lang), first: years[0]!, last: years[years.length - 1]!, lane: w.timeline.lanes[lane as keyof typeof w.timeline.lanes], count: formatNumber(count, lang) });
  return `${point} ${w.timeline.summary}`;
}

const DESCRIPTIONS: Record<Exclude<ChartId, 'region-map'>, (lang: Lang) => string> = {
  'violence-by-type': violenceByType,
  'civilian-targeting-actors': civilianActors,
  'missions-personnel': (lang) => missions(lang, 'personnel'),
  'dutch-mandates': (lang) => missions(lang, 'mandates'),
  'idp-by-region': idps,
  'refugees-by-origin': refugees,
  'casualty-chart': casualties,
  'partners-timeline': partners,
};

/** The text alternative of a chart other than the map (whose description depends on its metric). */
export function chartDescription(id: Exclude<ChartId, 'region-map'>, lang: Lang): string {
  return DESCRIPTIONS[id](lang);
}
