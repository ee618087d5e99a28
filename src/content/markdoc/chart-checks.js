// @ts-check
/** Build-time checks for the chart tags (`chart`, `timeline-era`): an id that does not exist stops the build with the line. */
import { CHARTS } from '../../charts/catalog.ts';
import { ERAS } from '../../charts/timeline.ts';
import { error } from './checks.js';

/** @param {import('@markdoc/markdoc').Node} node */
export function knownChart(node) {
  const id = node.attributes.id;
  return CHARTS.some((c) => c.id === id) ? [] : [error(node, `unknown chart "${id}" (charts: ${CHARTS.map((c) => c.id).join(', ')})`)];
}

/** @param {import('@markdoc/markdoc').Node} node */
export function knownEra(node) {
  const id = node.attributes.id;
  return ERAS.some((e) => e.id === id) ? [] : [error(node, `unknown timeline era "${id}" (eras: ${ERAS.map((e) => e.id).join(', ')})`)];
}
