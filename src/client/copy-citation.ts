/**
 * The "copy citation" control of every figure tip: the Clipboard API, or where it is
 * missing or refused, the older copy command on a selected text area. The result is
 * announced to screen readers and shown on the tip.
 */
const announcer = document.createElement('p');
announcer.className = 'visually-hidden';
announcer.setAttribute('role', 'status');
document.body.append(announcer);

function copyBySelection(text: string): boolean {
  const back = document.activeElement;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;opacity:0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  if (back instanceof HTMLElement) back.focus({ preventScroll: true });
  return ok;
}

async function copy(text: string): Promise<boolean> {
  if (navigator.clipboard && isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, no focus): try the older way.
    }
  }
  return copyBySelection(text);
}

let restore: ReturnType<typeof setTimeout> | undefined;

document.addEventListener('click', (e) => {
  const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('.fig__copy') : null;
  if (!button) return;
  const label = button.textContent ?? '';
  void copy(button.dataset.citation ?? '').then((ok) => {
    const message = (ok ? button.dataset.copied : button.dataset.failed) ?? '';
    // Emptied first, so the same message twice is announced twice.
    announcer.textContent = '';
    requestAnimationFrame(() => (announcer.textContent = message));
    // Sighted readers see it on the tip's picture in the layer (aria-hidden: no double announcement).
    const shown = document.querySelector<HTMLElement>('.fig-layer .fig__copy');
    if (shown) {
      clearTimeout(restore);
      shown.textContent = message;
      restore = setTimeout(() => (shown.textContent = label), 2000);
    }
  });
});
