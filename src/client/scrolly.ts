/**
 * Scroll-driven steps with scrollama. A step's state is a single attribute on its
 * scrolly (`data-active-era`), so landing on a deep link sets that state at once, with
 * nothing replayed. The trigger line is a pixel offset measured once per width, since
 * phone browsers change their height (address bar) while scrolling.
 */
import scrollama from 'scrollama';
import { hashTarget } from './hash-target.ts';

/**
 * scrollama 3 takes pixel offsets ("200px") in setup() and offset(), though its bundled
 * types only list decimals; this is the part of its API used here, typed as it behaves.
 */
interface Scroller {
  setup(options: { step: HTMLElement[]; offset: string }): Scroller;
  onStepEnter(callback: (response: { element: Element; index: number; direction: 'up' | 'down' }) => void): Scroller;
  onStepExit(callback: (response: { element: Element; index: number; direction: 'up' | 'down' }) => void): Scroller;
  offset(value: string): Scroller;
  resize(): Scroller;
}

const TRIGGER_SHARE = 0.55;

function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

function triggerOffset(): number {
  return Math.round(document.documentElement.clientHeight * TRIGGER_SHARE);
}

function activate(container: HTMLElement, step: HTMLElement | null): void {
  const steps = container.querySelectorAll<HTMLElement>('[data-step]');
  for (const s of steps) s.classList.toggle('is-active', s === step);
  container.dataset.activeEra = step?.dataset.step ?? '';
  const label = container.querySelector<HTMLElement>('[data-era-label]');
  const title = step?.querySelector('h3')?.textContent?.trim() ?? '';
  if (label) label.textContent = title;
}

/** The last step whose top is above the trigger line, or none above the first: where the reader is. */
function stepAtLine(container: HTMLElement, offset: number): HTMLElement | null {
  const steps = [...container.querySelectorAll<HTMLElement>('[data-step]')];
  return steps.filter((s) => s.getBoundingClientRect().top <= offset).at(-1) ?? null;
}

/** The step a deep link points at (the step itself or anything inside it), or the one above the trigger line. */
function initialStep(container: HTMLElement, offset: number): HTMLElement | null {
  const target = hashTarget();
  const linked = target ? [...container.querySelectorAll<HTMLElement>('[data-step]')].find((s) => s.contains(target)) : undefined;
  return linked ?? stepAtLine(container, offset);
}

function init(container: HTMLElement): void {
  container.classList.add('is-live');
  const scroller = scrollama() as unknown as Scroller;
  let offset = triggerOffset();
  let width = window.innerWidth;
  activate(container, initialStep(container, offset));
  scroller
    .setup({ step: [...container.querySelectorAll<HTMLElement>('[data-step]')], offset: `${offset}px` })
    .onStepEnter(({ element }) => activate(container, element as HTMLElement))
    .onStepExit(({ element, direction, index }) => {
      // Scrolling back above the first step clears the highlight: the complete timeline again.
      if (index === 0 && direction === 'up') activate(container, null);
      else if (element.classList.contains('is-active') && direction === 'up') activate(container, element.previousElementSibling as HTMLElement | null);
    });

  const onResize = debounce(() => {
    // Rotation or a new window width changes the layout; a mere address-bar change does not.
    if (window.innerWidth !== width) {
      width = window.innerWidth;
      offset = triggerOffset();
      scroller.offset(`${offset}px`);
    }
    scroller.resize();
  }, 150);
  window.addEventListener('resize', onResize);
  // A jump (a link, find in page, a scroll bar drag) can pass several short steps between two
  // frames, and their enter and exit events then arrive in no useful order: once the page
  // rests, the step at the trigger line is the one shown.
  window.addEventListener('scroll', debounce(() => activate(container, stepAtLine(container, offset)), 120), { passive: true });
  window.addEventListener('hashchange', () => {
    const step = initialStep(container, offset);
    if (step) activate(container, step);
  });
}

/**
 * Going live re-lays out the whole (long) page, so it waits for the reader's first
 * move (scroll, key, pointer, link) rather than competing with the first paint. A deep
 * link or a restored scroll position goes live at once, before the page is placed.
 */
function whenReaderEngages(start: () => void): void {
  const events = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown', 'hashchange'] as const;
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    for (const type of events) removeEventListener(type, go, { capture: true });
    start();
  };
  if (location.hash || window.scrollY > 0) return go();
  for (const type of events) addEventListener(type, go, { capture: true, passive: true });
}

whenReaderEngages(() => {
  for (const container of document.querySelectorAll<HTMLElement>('[data-scrolly]')) init(container);
});
