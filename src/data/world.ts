/**
 * Natural Earth countries at 1:110m from the `world-atlas` package (pinned in package.json),
 * for the region map's locator inset. Read at build time only: the inset is prerendered SVG.
 */
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';

// A require, not a JSON import: the Markdoc config loads this module outside Vite, where import attributes differ.
export const worldTopology = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology;
