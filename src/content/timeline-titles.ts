/**
 * The timeline's event titles as plain text, for the chart's table and CSV: read from the
 * same content files the page renders (src/content/timeline/<lang>/events.mdoc), with dates
 * and figures written out as the page shows them. The build's Markdoc validation checks the
 * files; this module still refuses an event without a title, so a table cell is never empty.
 */
import Markdoc, { type Node } from '@markdoc/markdoc';
import { figure } from '../figures/index.ts';
import { figureText, figureView } from '../figures/view.ts';
import { LANGS, type Lang } from '../i18n/index.ts';
import { firstMention, term } from '../i18n/glossary.ts';
import { formatDate } from '../lib/format.ts';

const FILES = import.meta.glob<string>('./timeline/*/events.mdoc', { query: '?raw', import: 'default', eager: true });

function plainText(node: Node, lang: Lang): string {
  if (node.type === 'text') return String(node.attributes.content);
  if (node.type === 'softbreak') return ' ';
  if (node.type === 'tag' && node.tag === 'date') return formatDate(String(node.attributes.value), lang);
  if (node.type === 'tag' && node.tag === 'name') return node.attributes.full ? firstMention(String(node.attributes.id), lang) : term(String(node.attributes.id), lang);
  if (node.type === 'tag' && node.tag === 'fig') {
    const view = figureView(figureText(figure(String(node.attributes.id)), lang), lang);
    return `${view.prefix}${view.formatted}${view.unit ? ` ${view.unit}` : ''}`;
  }
  return node.children.map((c) => plainText(c, lang)).join('');
}

/** Event id → title, for one language's file. */
export function titlesOf(source: string, lang: Lang): ReadonlyMap<string, string> {
  const titles = new Map<string, string>();
  for (const node of Markdoc.parse(source).walk()) {
    if (node.type === 'tag' && node.tag === 'event') titles.set(String(node.attributes.id), plainText(node, lang).trim());
  }
  return titles;
}

const TITLES = new Map(LANGS.map((lang) => [lang, titlesOf(FILES[`./timeline/${lang}/events.mdoc`] ?? '', lang)]));

/** The event's title in that language as plain text; an event without one is a build error. */
export function eventTitleText(id: string, lang: Lang): string {
  const title = TITLES.get(lang)?.get(id);
  if (!title) throw new Error(`src/content/timeline/${lang}/events.mdoc: no title for event "${id}"`);
  return title;
}
