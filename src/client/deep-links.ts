/**
 * Deep links: the address bar follows the chapter being read (replaceState, so the back
 * button is not flooded), and opening a link to a chapter, region or chart lands on it
 * once layout has settled and moves focus to its heading for screen-reader users.
 */
const TRACKED = '[data-section], [data-region-section]';

function headingOf(target: HTMLElement): HTMLElement | null {
  if (/^H[1-6]$/.test(target.tagName)) return target;
  return target.querySelector<HTMLElement>('h2, h3');
}

/** Resolves after the next two frames: layout and paint of what changed have happened. */
function twoFrames(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
}

async function settle(): Promise<void> {
  await document.fonts?.ready;
  await twoFrames();
}

/**
 * Parts of the page near the target are laid out only once it is in view
 * (content-visibility), and their real height replaces an estimate; where the browser
 * does not anchor the scroll, that moves the target. Scroll again until it stays put.
 */
async function scrollUntilSteady(target: HTMLElement): Promise<void> {
  for (let attempt = 0; attempt < 8; attempt++) {
    target.scrollIntoView({ block: 'start' });
    const top = target.getBoundingClientRect().top;
    await twoFrames();
    if (Math.abs(target.getBoundingClientRect().top - top) < 1) return;
  }
}

async function landOnHash(): Promise<void> {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  // Only chapters, regions, charts and steps: other targets (the skip link's <main>) keep the browser's own focus.
  if (!target || !target.matches('section[id], figure[id], article[id]')) return;
  await settle();
  await scrollUntilSteady(target);
  const heading = headingOf(target);
  if (heading) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}

function followReading(): void {
  const sections = [...document.querySelectorAll<HTMLElement>(TRACKED)];
  if (sections.length === 0 || !('IntersectionObserver' in window)) return;
  const visible = new Set<HTMLElement>();
  let pending = 0;
  const update = () => {
    pending = 0;
    // The innermost, lowest visible section wins (a region inside "regions", a step's chapter).
    const current = sections.filter((s) => visible.has(s)).sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).pop();
    if (!current) return;
    const hash = `#${current.id}`;
    const inside = location.hash && document.getElementById(location.hash.slice(1));
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

void landOnHash().then(followReading);
addEventListener('hashchange', () => void landOnHash());
