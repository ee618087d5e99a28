/**
 * Inside an embed: report the content height to the host page whenever it changes
 * (see public/embed.js for the protocol), answer the host's height requests, and apply
 * the ?theme= parameter.
 */
const RESIZE = 'niger-explainer:resize';
const REQUEST = 'niger-explainer:request-height';
const chart = document.documentElement.dataset.chart ?? '';

const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

let last = 0;
function report(force = false): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (!force && Math.abs(height - last) < 1) return;
  last = height;
  if (window.parent !== window) window.parent.postMessage({ type: RESIZE, chart, height }, '*');
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
