/**
 * Inside an embed: report the content height to the host page whenever it changes, in
 * two messages: our own, versioned (see public/embed.js for the protocol), and AMP's
 * `embed-size`, which amp-iframe reads. Also answers the host's height requests. The
 * ?theme= parameter is applied before the first paint, by embed-theme.ts.
 */
const RESIZE = 'niger-explainer:resize';
const REQUEST = 'niger-explainer:request-height';
/** The version of our message; public/embed.js also accepts the unversioned one older embeds send. */
const VERSION = 1;
const chart = document.documentElement.dataset.chart ?? '';

let last = 0;
function report(force = false): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (!force && Math.abs(height - last) < 1) return;
  last = height;
  if (window.parent === window) return;
  window.parent.postMessage({ type: RESIZE, v: VERSION, chart, height }, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}

let frame = 0;
const schedule = () => {
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(() => report());
};

new ResizeObserver(schedule).observe(document.documentElement);
addEventListener('load', () => report(true));
addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (event.source === window.parent && data && typeof data === 'object' && data.type === REQUEST) report(true);
});
report(true);

/** A module of its own, loaded by interactions.ts where its markup is on the page. */
export {};
