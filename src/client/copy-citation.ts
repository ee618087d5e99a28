/**
 * The "copy citation" control of every figure tip: the Clipboard API, or where it is
 * missing or refused, the older copy command. The result is
 * announced to screen readers and shown on the tip.
 */
const announcer = document.createElement('p');
announcer.className = 'visually-hidden';
announcer.setAttribute('role', 'status');
document.body.append(announcer);

/** The older way: the copy command, with the text put on the clipboard by its copy event (focus and selection stay as they are). */
function copyByCommand(text: string): boolean {
  const put = (e: ClipboardEvent) => {
    e.clipboardData?.setData('text/plain', text);
    e.preventDefault();
  };
  document.addEventListener('copy', put);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', put);
  }
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
  return copyByCommand(text);
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

/** A module of its own, loaded by interactions.ts where its markup is on the page. */
export {};
