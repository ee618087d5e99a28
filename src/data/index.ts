/**
 * The typed datasets, as the build step generated them from data/. Pages and charts
 * import from here and never parse files themselves.
 */
export { sources } from './generated/sources.ts';
export { regions } from './generated/regions.ts';
export { acledNiger } from './generated/acled-niger.ts';
export { displacement } from './generated/displacement.ts';
export { humanitarian } from './generated/humanitarian.ts';
export { deployments } from './generated/deployments.ts';
export { timeline } from './generated/timeline.ts';
export { incidents } from './generated/incidents.ts';
export { armedGroups } from './generated/armed-groups.ts';
export { discrepancies } from './generated/discrepancies.ts';
export { caveats } from './generated/caveats.ts';
export { places } from './generated/places.ts';
export { corrections } from './generated/corrections.ts';
export { datasetSummaries, dataUpdated } from './generated/meta.ts';
export { regionTopology, neighbourTopology } from './generated/geo.ts';
