// @ts-check
/** Build-time check for the timeline tag (`timeline-era`): an era that does not exist stops the build with the line. */
import { ERAS } from '../../charts/timeline.ts';
import { error } from './checks.js';

/** @param {import('@markdoc/markdoc').Node} node */
export function knownEra(node) {
  const id = node.attributes.id;
  return ERAS.some((e) => e.id === id) ? [] : [error(node, `unknown timeline era "${id}" (eras: ${ERAS.map((e) => e.id).join(', ')})`)];
}
