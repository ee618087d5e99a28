// @ts-check
/** Build-time checks for the timeline tags (`timeline-era`, `event`): an era or event that does not exist stops the build with the line. */
import { ERAS } from '../../charts/timeline.ts';
import { timeline } from '../../data/select.ts';
import { error } from './checks.js';

/** @param {import('@markdoc/markdoc').Node} node */
export function knownEra(node) {
  const id = node.attributes.id;
  return ERAS.some((e) => e.id === id) ? [] : [error(node, `unknown timeline era "${id}" (eras: ${ERAS.map((e) => e.id).join(', ')})`)];
}

/** @param {import('@markdoc/markdoc').Node} node */
export function knownEvent(node) {
  const id = node.attributes.id;
  return timeline.some((e) => e.id === id) ? [] : [error(node, `unknown timeline event "${id}": the id must be a row of data/timeline.csv`)];
}

/**
 * A timeline titles file (one holding `event` tags) must title every row of data/timeline.csv, once.
 * @param {import('@markdoc/markdoc').Node} document
 */
export function everyEventTitled(document) {
  const events = [...document.walk()].filter((n) => n.type === 'tag' && n.tag === 'event');
  if (events.length === 0) return [];
  const seen = new Map();
  /** @type {import('@markdoc/markdoc').ValidationError[]} */
  const errors = [];
  for (const node of events) {
    const id = node.attributes.id;
    if (seen.has(id)) errors.push(error(node, `event "${id}" is titled twice (first on line ${seen.get(id)})`));
    else seen.set(id, (node.lines[0] ?? 0) + 1);
  }
  const last = events.at(-1);
  for (const row of timeline) {
    if (!seen.has(row.id)) errors.push(error(last ?? document, `no title for event "${row.id}" of data/timeline.csv: add {% event id="${row.id}" %}…{% /event %}`));
  }
  return errors;
}
