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

function inLayer(target: EventTarget | null): boolean {
  return target instanceof Node && layer.contains(target);
}

const CONTROLS = 'a, button';

/** The layer is a picture of the tip: its copies of the tip's link and button take no keyboard focus (the tip's own do). */
function cloneTip(tip: Element): Node[] {
  const nodes = [...tip.childNodes].map((n) => n.cloneNode(true));
  for (const node of nodes) if (node instanceof Element) for (const c of node.querySelectorAll(CONTROLS)) c.setAttribute('tabindex', '-1');
  return nodes;
}

/** Shows which of the tip's controls has keyboard focus on its copy in the layer. */
function mirrorFocus(fig: HTMLElement, focused: EventTarget | null): void {
  const own = [...fig.querySelectorAll('.fig__tip a, .fig__tip button')];
  const copies = [...layer.querySelectorAll(CONTROLS)];
  copies.forEach((c, i) => c.classList.toggle('is-focused', own[i] === focused));
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
    layer.replaceChildren(...cloneTip(tip));
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
// Focus covers the keyboard and a tap (figures are focusable); Tab goes on into the tip's controls.
document.addEventListener('focusin', (e) => {
  if (inLayer(e.target)) return;
  const fig = figureOf(e.target);
  if (fig) {
    show(fig);
    mirrorFocus(fig, e.target);
  } else if (current) hide();
});
document.addEventListener('focusout', (e) => {
  if (figureOf(e.target) && !figureOf(e.relatedTarget) && !inLayer(e.relatedTarget)) hide();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !layer.hidden) hide();
});
addEventListener('scroll', () => current && !layer.hidden && place(current), { passive: true });
addEventListener('resize', () => current && !layer.hidden && place(current));
// This module loads after the first paint: a figure a deep link focused before then shows its tip now.
const focusedFigure = figureOf(document.activeElement);
if (focusedFigure) show(focusedFigure);

/** A module of its own, loaded by interactions.ts where its markup is on the page. */
export {};
