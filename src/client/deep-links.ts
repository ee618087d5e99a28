/**
 * Deep links: the address bar follows the chapter being read (replaceState, so the back
 * button is not flooded), and opening a link to a chapter, region or chart lands on it
 * once layout has settled and moves focus to its heading for screen-reader users.
 */
import { hashTarget } from './hash-target.ts';

const TRACKED = '[data-section], [data-region-section]';

function headingOf(target: HTMLElement): HTMLElement | null {
  // A figure's permanent link: focus the figure itself, which shows its source.
  if (/^H[1-6]$/.test(target.tagName) || target.matches('.fig')) return target;
  return target.querySelector<HTMLElement>('h2, h3');
}

/** Resolves after the next two frames: layout and paint of what changed have happened. */
function twoFrames(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
}

let interactionsLoaded: Promise<unknown> = Promise.resolve();

async function settle(): Promise<void> {
  await interactionsLoaded;
  await document.fonts?.ready;
  await twoFrames();
}

/**
 * Parts of the page are laid out only when near (content-visibility, global.css) and
 * hold an estimated height until then. Every part above the target, and the one holding
 * it, is laid out for good before landing: the target's place is then final, in
 * browsers that anchor the scroll (Chromium, Firefox) and in those that do not (Safari),
 * and scrolling back up from it does not jump.
 */
function layOutUpTo(target: HTMLElement): void {
  for (const part of document.querySelectorAll<HTMLElement>('.render-when-near')) {
    if (part.contains(target) || part.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING) part.classList.add('is-laid-out');
  }
}

/** Parts below the target still change height as they come near: scroll again until it stays put. */
async function scrollUntilSteady(target: HTMLElement, readerMoved: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 8 && !readerMoved(); attempt++) {
    // 'instant': a smooth scroll would aim at a place that moves while the parts it passes are laid out.
    target.scrollIntoView({ block: target.matches('.fig') ? 'center' : 'start', behavior: 'instant' });
    const top = target.getBoundingClientRect().top;
    await twoFrames();
    if (Math.abs(target.getBoundingClientRect().top - top) < 1) return;
  }
}

/** After landing on a link the address keeps it until the reader moves on: only their reading rewrites it. */
let readerMovedSinceLanding: () => boolean = () => true;

async function landOnHash(): Promise<void> {
  const target = hashTarget();
  // Only chapters, regions, charts, steps and figures: other targets (the skip link's <main>) keep the browser's own focus.
  if (!target || !target.matches('section[id], figure[id], article[id], .fig[id]')) return;
  layOutUpTo(target);
  const readerMoved = watchReader();
  readerMovedSinceLanding = readerMoved;
  await settle();
  await scrollUntilSteady(target, readerMoved);
  const heading = headingOf(target);
  // On a slow device the reader may scroll, tap or type before the landing ends: then they lead.
  if (heading && !readerMoved()) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}

/** Whether the reader has scrolled, pointed, touched or typed since this was called. */
function watchReader(): () => boolean {
  let moved = false;
  const events = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
  const note = () => {
    moved = true;
    for (const type of events) removeEventListener(type, note, { capture: true });
  };
  for (const type of events) addEventListener(type, note, { capture: true, passive: true });
  return () => moved;
}

function followReading(): void {
  const sections = [...document.querySelectorAll<HTMLElement>(TRACKED)];
  if (sections.length === 0 || !('IntersectionObserver' in window)) return;
  const visible = new Set<HTMLElement>();
  let pending = 0;
  const update = () => {
    pending = 0;
    if (!readerMovedSinceLanding()) return;
    // The innermost, lowest visible section wins (a region inside "regions", a step's chapter).
    const current = sections.filter((s) => visible.has(s)).sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).pop();
    if (!current) return;
    const hash = `#${current.id}`;
    const inside = hashTarget();
    if (inside && current.contains(inside)) return; // a deep link inside this chapter stays as it is
    if (location.hash !== hash) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
      dispatchEvent(new CustomEvent('app:statechange'));
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) visible.add(e.target as HTMLElement);
        else visible.delete(e.target as HTMLElement);
      }
      if (!pending) pending = window.setTimeout(update, 200);
    },
    // A section counts as "being read" when it crosses the upper third of the screen.
    { rootMargin: '-30% 0px -65% 0px' },
  );
  for (const s of sections) observer.observe(s);
}

/**
 * Lands a deep link once the page's interactions (`ready`) have loaded, since some change
 * the layout (scroll steps going live), then keeps the address with the reading.
 */
export function followDeepLinks(ready: Promise<unknown>): void {
  interactionsLoaded = ready;
  void landOnHash().then(followReading);
  addEventListener('hashchange', () => void landOnHash());
}
