/**
 * Chart state in the query string: short keys, only what differs from the default, and
 * `replaceState` so the back button is not flooded. Values are checked against the
 * allowed set before use; anything else falls back to the default.
 */
export function readParam(key: string, allowed: readonly string[]): string | null {
  const value = new URLSearchParams(location.search).get(key);
  return value !== null && allowed.includes(value) ? value : null;
}

/**
 * A choice's value when its script loads, after the first paint: the address's, else the
 * one the reader already picked among `controls` (then written to the address), else none.
 */
export function initialChoice(key: string, controls: readonly HTMLInputElement[], defaultValue: string): string | null {
  const fromUrl = readParam(key, controls.map((c) => c.value));
  if (fromUrl) return fromUrl;
  const early = controls.find((c) => c.checked && c.value !== defaultValue)?.value ?? null;
  if (early) writeParam(key, early, defaultValue);
  return early;
}

export function writeParam(key: string, value: string | null, defaultValue: string | null): void {
  const url = new URL(location.href);
  if (value === null || value === defaultValue) url.searchParams.delete(key);
  else url.searchParams.set(key, value);
  const next = url.pathname + url.search + url.hash;
  if (next !== location.pathname + location.search + location.hash) {
    history.replaceState(history.state, '', next);
    dispatchEvent(new CustomEvent('app:statechange'));
  }
}
