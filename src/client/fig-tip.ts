/**
 * Figure sources when scripting runs: one layer at the end of <body> shows the source of
 * the figure under the pointer, finger or keyboard focus. Chapters far down the page are
 * not rendered until the reader nears them (content-visibility), and a tip drawn inside
 * such a chapter would be clipped or misplaced. The in-place tips stay: they are each
 * figure's accessible description (aria-describedby) and the version without JavaScript.
 */
// On phones the stylesheet pins the layer to the foot of the screen (Figure.astro, same breakpoint).
const PHONE = matchMedia('(max-width: 40rem)');
const GAP = 6;
const EDGE = 8;

const layer = document.createElement('div');
layer.className = 'fig-layer';
// Screen readers already hear the source through the figure's aria-describedby.
layer.setAttribute('aria-hidden', 'true');
layer.hidden = true;
document.body.append(layer);
document.documentElement.classList.add('has-fig-layer');

let current: HTMLElement | null = null;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

function figureOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.fig') : null;
}

function place(fig: HTMLElement): void {
  if (PHONE.matches) {
    layer.style.removeProperty('left');
    layer.style.removeProperty('top');
    return;
  }
  const box = fig.getBoundingClientRect();
  const left = Math.max(EDGE, Math.min(box.left, innerWidth - layer.offsetWidth - EDGE));
  const below = box.bottom + GAP;
  const top = below + layer.offsetHeight > innerHeight - EDGE ? Math.max(EDGE, box.top - layer.offsetHeight - GAP) : below;
  layer.style.left = `${Math.round(left)}px`;
  layer.style.top = `${Math.round(top)}px`;
}

function show(fig: HTMLElement): void {
  clearTimeout(hideTimer);
  const tip = fig.querySelector('.fig__tip');
  if (!tip) return;
  if (current !== fig) {
    layer.replaceChildren(...[...tip.childNodes].map((n) => n.cloneNode(true)));
    current = fig;
  }
  layer.hidden = false;
  place(fig);
}

function hide(): void {
  clearTimeout(hideTimer);
  layer.hidden = true;
  current = null;
}

// A short grace period lets the pointer travel from the figure onto the tip (WCAG 1.4.13: hoverable).
function hideSoon(): void {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hide, 250);
}

document.addEventListener('pointerover', (e) => {
  const fig = figureOf(e.target);
  if (fig && e.pointerType === 'mouse') show(fig);
});
document.addEventListener('pointerout', (e) => {
  const fig = figureOf(e.target);
  // Only the tip of this figure: the layer may by now show the one the keyboard moved to.
  if (fig && e.pointerType === 'mouse' && current === fig && figureOf(e.relatedTarget) !== fig && document.activeElement !== fig) hideSoon();
});
layer.addEventListener('pointerenter', () => clearTimeout(hideTimer));
layer.addEventListener('pointerleave', () => {
  if (current && document.activeElement !== current) hideSoon();
});
// Focus covers the keyboard and a tap (figures are focusable).
document.addEventListener('focusin', (e) => {
  const fig = figureOf(e.target);
  if (fig) show(fig);
  else if (current) hide();
});
document.addEventListener('focusout', (e) => {
  if (figureOf(e.target) && !figureOf(e.relatedTarget)) hide();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !layer.hidden) hide();
});
addEventListener('scroll', () => current && !layer.hidden && place(current), { passive: true });
addEventListener('resize', () => current && !layer.hidden && place(current));
