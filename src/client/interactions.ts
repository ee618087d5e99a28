/**
 * The page's interactions, each loaded only where its markup is on the page, and only
 * after the first paint: text, charts and tables are in the HTML and need no script to be
 * read, so no script competes with the first screen (a phone on a slow network draws it
 * several hundred milliseconds sooner). Each module wires up what it finds when it loads.
 */
const INTERACTIONS: ReadonlyArray<readonly [selector: string, load: () => Promise<unknown>]> = [
  ['article.story', () => import('./moved-anchors.ts')],
  ['.fig', () => import('./fig-tip.ts')],
  ['.fig__copy', () => import('./copy-citation.ts')],
  ['[data-share], a[data-chart-page], [data-embed-code], [data-copy-from]', () => import('./share.ts')],
  ['[data-map-wrap]', () => import('./region-map.ts')],
  ['[data-series-choice]', () => import('./series-toggle.ts')],
  ['[data-actor-filter]', () => import('./actor-filter.ts')],
  ['[data-scrolly]', () => import('./scrolly.ts')],
  ['body.embed', () => import('./embed-frame.ts')],
];

/** Resolves once the next frame has been drawn; a frame that draws nothing (a hidden tab, a throttled embed) still gets there. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 1000);
  });
}

/** Loads the interactions this page needs; resolves when they are wired up (or failed to load: the page still reads). */
export async function loadInteractions(): Promise<void> {
  await afterNextPaint();
  const needed = INTERACTIONS.filter(([selector]) => document.querySelector(selector));
  await Promise.allSettled(needed.map(([, load]) => load()));
}
