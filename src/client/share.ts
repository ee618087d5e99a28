/**
 * Share controls: copy the link (with the page's current chart state for charts) or
 * open the system share sheet. A chapter shares its /s/ page, which carries its preview.
 */
function absolute(target: string): string {
  if (target.startsWith('#')) return `${location.origin}${location.pathname}${location.search}${target}`;
  return new URL(target, location.href).href;
}

for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
  const target = box.dataset.share ?? '';
  const title = box.dataset.shareTitle ?? document.title;
  const status = box.querySelector<HTMLElement>('.share__status');
  const copy = box.querySelector<HTMLButtonElement>('[data-share-copy]');
  const native = box.querySelector<HTMLButtonElement>('[data-share-native]');
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(absolute(target));
        if (status) status.textContent = box.dataset.copied ?? '';
      } catch {
        if (status) status.textContent = absolute(target);
      }
    });
  }
  if (native && typeof navigator.share === 'function') {
    native.hidden = false;
    native.addEventListener('click', () => {
      navigator.share({ title, url: absolute(target) }).catch(() => undefined);
    });
  }
}

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

/** Selects the code block's text, so a reader can copy it by hand when the clipboard refuses. */
function selectText(element: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-from]')) {
  const source = document.getElementById(button.dataset.copyFrom ?? '');
  if (!source || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(source.textContent ?? '').catch(() => selectText(source));
  });
}
