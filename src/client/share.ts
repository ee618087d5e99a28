/**
 * Share controls: copy the link or open the system share sheet. A chapter shares its /s/
 * page, which carries its preview; a chart shares the /s/ page of the state it is in
 * (its toggles write that state to the URL), or, for a mix no share page covers, the
 * story's address with the state and the chart's anchor. The link to the chart's own page
 * and the static embed code follow the state too.
 */
function absolute(target: string): string {
  if (target.startsWith('#')) return `${location.origin}${location.pathname}${location.search}${target}`;
  return new URL(target, location.href).href;
}

/** The state a chart frame is in, as the slug of its share page: read from the URL its toggles write. */
function stateOf(frame: HTMLElement | null): string | null {
  if (!frame?.dataset.stateDefault) return null;
  const param = frame.dataset.stateParam;
  return (param && new URLSearchParams(location.search).get(param)) || frame.dataset.stateDefault;
}

function shareTarget(box: HTMLElement): string {
  const fallback = box.dataset.share ?? '';
  if (!box.dataset.shareStates) return fallback;
  const frame = box.closest<HTMLElement>('.chart-frame');
  const states = JSON.parse(box.dataset.shareStates) as Record<string, string>;
  const slug = stateOf(frame);
  return (slug && states[slug]) || `#${frame?.id ?? ''}`;
}

for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
  const title = box.dataset.shareTitle ?? document.title;
  const status = box.querySelector<HTMLElement>('.share__status');
  const link = box.querySelector<HTMLAnchorElement>('.share__link');
  const copy = box.querySelector<HTMLButtonElement>('[data-share-copy]');
  const native = box.querySelector<HTMLButtonElement>('[data-share-native]');
  const sync = () => link?.setAttribute('href', shareTarget(box));
  sync();
  addEventListener('app:statechange', sync);
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      const url = absolute(shareTarget(box));
      try {
        await navigator.clipboard.writeText(url);
        if (status) status.textContent = box.dataset.copied ?? '';
      } catch {
        if (status) status.textContent = url;
      }
    });
  }
  if (native && typeof navigator.share === 'function') {
    native.hidden = false;
    native.addEventListener('click', () => {
      navigator.share({ title, url: absolute(shareTarget(box)) }).catch(() => undefined);
    });
  }
}

// The link to a chart's own page carries the state the chart is in, so the page opens in it.
function syncChartPageLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-chart-page]')) {
    const param = link.closest<HTMLElement>('.chart-frame')?.dataset.stateParam;
    const value = param ? new URLSearchParams(location.search).get(param) : null;
    const url = new URL(link.href);
    url.search = param && value ? new URLSearchParams({ [param]: value }).toString() : '';
    link.href = `${url.pathname}${url.search}`;
  }
}
syncChartPageLinks();
addEventListener('app:statechange', syncChartPageLinks);

// Embed code: use the origin the page is actually served from, and offer a copy button.
// Text nodes are rewritten in place so the block keeps its <code> element.
for (const block of document.querySelectorAll<HTMLElement>('[data-embed-code]')) {
  const built = block.dataset.siteOrigin;
  if (!built || built === location.origin) continue;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    node.nodeValue = (node.nodeValue ?? '').split(built).join(location.origin);
  }
}

// The static embed shows the code of the state the chart is in (the default one without JavaScript).
function syncStaticEmbeds(): void {
  for (const frame of document.querySelectorAll<HTMLElement>('.chart-frame[data-state-default]')) {
    const blocks = [...frame.querySelectorAll<HTMLElement>('[data-static-state]')];
    const slug = stateOf(frame);
    const shown = blocks.find((b) => b.dataset.staticState === slug) ?? blocks[0];
    for (const b of blocks) b.hidden = b !== shown;
    const button = frame.querySelector<HTMLButtonElement>('[data-copy-static]');
    if (button && shown) button.dataset.copyFrom = shown.id;
  }
}
syncStaticEmbeds();
addEventListener('app:statechange', syncStaticEmbeds);

/** Selects the code block's text, so a reader can copy it by hand when the clipboard refuses. */
function selectText(element: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-from]')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const source = document.getElementById(button.dataset.copyFrom ?? '');
    if (source) navigator.clipboard.writeText(source.textContent ?? '').catch(() => selectText(source));
  });
}

/** A module of its own, loaded by interactions.ts where its markup is on the page. */
export {};
